/**
 * The event's own fields: title, description, start and end (wall-clock time in the event's time
 * zone) and the time zone, picked from the browser's IANA list. Creates a new event or saves a
 * change of one with If-Match; the server's field errors show under their fields.
 */
import { useMemo, useState, type FormEvent } from 'react';
import type { Event } from '../api/sdk.js';
import { useI18n } from '../i18n/i18n.js';
import { Combobox } from './Combobox.js';
import type { EventField } from './conflict.js';
import type { FormProblem } from './problems.js';
import { browserTimeZone, fromLocalInput, timeZoneLabel, timeZones, toLocalInput } from './time.js';

export interface EventValues {
  title: string;
  description: string | null;
  starts_at: string;
  ends_at: string;
  timezone: string;
}

interface EventFormProps {
  /** The event being edited; absent for a new one. */
  event?: Event;
  submitLabel: string;
  submitting: boolean;
  problem?: FormProblem;
  /** Called with the fields to send: all of them for a new event, the changed ones for an edit. */
  onSubmit: (values: Partial<EventValues>, all: EventValues) => void;
}

function initialTimes(): { start: string; end: string } {
  const start = new Date();
  start.setDate(start.getDate() + 1);
  start.setHours(10, 0, 0, 0);
  const pad = (value: number) => String(value).padStart(2, '0');
  const local = (date: Date) =>
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  const end = new Date(start.getTime() + 60 * 60_000);
  return { start: local(start), end: local(end) };
}

export function EventForm({ event, submitLabel, submitting, problem, onSubmit }: EventFormProps) {
  const { t } = useI18n();
  const defaults = useMemo(() => initialTimes(), []);
  const [title, setTitle] = useState(event?.title ?? '');
  const [description, setDescription] = useState(event?.description ?? '');
  const [timezone, setTimezone] = useState(event?.timezone ?? browserTimeZone());
  const [start, setStart] = useState(event ? toLocalInput(event.starts_at, event.timezone) : defaults.start);
  const [end, setEnd] = useState(event ? toLocalInput(event.ends_at, event.timezone) : defaults.end);
  const [zoneQuery, setZoneQuery] = useState(timezone);
  const [checks, setChecks] = useState<Partial<Record<EventField, string>>>({});
  const zones = useMemo(() => timeZones(), []);
  const zoneOptions = useMemo(() => {
    const needle = zoneQuery.trim().toLowerCase().replace(/ /g, '_');
    const matching = needle && needle !== timezone.toLowerCase() ? zones.filter((zone) => zone.toLowerCase().includes(needle)) : zones;
    return matching.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' '), hint: timeZoneLabel(zone).replace(/^.* \(/, '(') }));
  }, [zoneQuery, zones, timezone]);

  const errorOf = (field: EventField) => checks[field] ?? problem?.fields[field];

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    const found: Partial<Record<EventField, string>> = {};
    // A zone typed in full counts as picked.
    const typed = zoneQuery.trim().replace(/ /g, '_').toLowerCase();
    const zone = zones.find((candidate) => candidate.toLowerCase() === typed);
    if (zone && zone !== timezone) setTimezone(zone);
    const startsAt = zone && fromLocalInput(start, zone);
    const endsAt = zone && fromLocalInput(end, zone);
    if (!title.trim()) found.title = t('manage.error.required');
    if (!start) found.starts_at = t('manage.error.required');
    if (!end) found.ends_at = t('manage.error.required');
    if (startsAt && endsAt && new Date(endsAt) <= new Date(startsAt)) found.ends_at = t('manage.error.endBeforeStart');
    if (!zone) found.timezone = t('manage.error.timezone');
    setChecks(found);
    if (Object.keys(found).length > 0 || !startsAt || !endsAt || !zone) return;
    const all: EventValues = {
      title: title.trim(),
      description: description.trim() ? description : null,
      starts_at: startsAt,
      ends_at: endsAt,
      timezone: zone,
    };
    if (!event) return onSubmit(all, all);
    const changed: Partial<EventValues> = {};
    if (all.title !== event.title) changed.title = all.title;
    if ((all.description ?? null) !== (event.description ?? null)) changed.description = all.description;
    if (new Date(all.starts_at).getTime() !== new Date(event.starts_at).getTime() || all.timezone !== event.timezone)
      changed.starts_at = all.starts_at;
    if (new Date(all.ends_at).getTime() !== new Date(event.ends_at).getTime() || all.timezone !== event.timezone)
      changed.ends_at = all.ends_at;
    if (all.timezone !== event.timezone) changed.timezone = all.timezone;
    onSubmit(changed, all);
  }

  const fieldClass = (invalid: boolean) => `mt-1 w-full rounded border px-3 py-2 ${invalid ? 'border-red-700' : 'border-slate-400'}`;
  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-4" aria-label={t('manage.event.details')}>
      <div>
        <label htmlFor="event-title" className="block text-sm font-medium">
          {t('manage.event.title')}
        </label>
        <input
          id="event-title"
          value={title}
          maxLength={200}
          onChange={(change) => setTitle(change.target.value)}
          aria-invalid={!!errorOf('title') || undefined}
          aria-describedby={errorOf('title') ? 'event-title-error' : undefined}
          className={fieldClass(!!errorOf('title'))}
        />
        <FieldError id="event-title-error" message={errorOf('title')} />
      </div>
      <div>
        <label htmlFor="event-description" className="block text-sm font-medium">
          {t('manage.event.description')}
        </label>
        <textarea
          id="event-description"
          rows={3}
          maxLength={5000}
          value={description}
          onChange={(change) => setDescription(change.target.value)}
          aria-invalid={!!errorOf('description') || undefined}
          aria-describedby={errorOf('description') ? 'event-description-error' : undefined}
          className={fieldClass(!!errorOf('description'))}
        />
        <FieldError id="event-description-error" message={errorOf('description')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="event-start" className="block text-sm font-medium">
            {t('manage.event.start')}
          </label>
          <input
            id="event-start"
            type="datetime-local"
            value={start}
            onChange={(change) => setStart(change.target.value)}
            aria-invalid={!!errorOf('starts_at') || undefined}
            aria-describedby={errorOf('starts_at') ? 'event-start-error' : 'event-zone-note'}
            className={fieldClass(!!errorOf('starts_at'))}
          />
          <FieldError id="event-start-error" message={errorOf('starts_at')} />
        </div>
        <div>
          <label htmlFor="event-end" className="block text-sm font-medium">
            {t('manage.event.end')}
          </label>
          <input
            id="event-end"
            type="datetime-local"
            value={end}
            onChange={(change) => setEnd(change.target.value)}
            aria-invalid={!!errorOf('ends_at') || undefined}
            aria-describedby={errorOf('ends_at') ? 'event-end-error' : 'event-zone-note'}
            className={fieldClass(!!errorOf('ends_at'))}
          />
          <FieldError id="event-end-error" message={errorOf('ends_at')} />
        </div>
      </div>
      <div>
        <Combobox
          id="event-timezone"
          label={t('manage.event.timezone')}
          query={zoneQuery}
          onQueryChange={setZoneQuery}
          options={zoneOptions}
          onSelect={(option) => {
            setTimezone(option.value);
            setZoneQuery(option.value);
          }}
          emptyText={t('manage.noMatch')}
          invalid={!!errorOf('timezone')}
          describedBy={errorOf('timezone') ? 'event-timezone-error' : 'event-zone-note'}
        />
        <FieldError id="event-timezone-error" message={errorOf('timezone')} />
        <p id="event-zone-note" className="mt-1 text-sm text-slate-600">
          {t('manage.event.zoneNote', { zone: timeZoneLabel(timezone) })}
        </p>
      </div>
      {problem?.general && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-2 text-red-800">
          {problem.general}
        </p>
      )}
      <div>
        <button type="submit" disabled={submitting} className="rounded bg-slate-800 px-4 py-2 text-white disabled:opacity-60">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {message}
    </p>
  );
}
