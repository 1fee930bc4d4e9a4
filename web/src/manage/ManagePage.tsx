/**
 * `/{lang}/manage/new` and `/{lang}/manage/{event_id}`: the manager view. Create an event, then edit
 * it, its channels and languages, its speakers and listeners, and move it through its states. Every
 * change of the event's version sends If-Match; a 412 shows what changed and offers to reload.
 */
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useApi } from '../api/clients.js';
import { ProblemError, unwrap, type CurrentUser, type Event } from '../api/sdk.js';
import { useSessionState } from '../auth/AuthProvider.js';
import { useI18n } from '../i18n/i18n.js';
import { ChannelsSection } from './ChannelsSection.js';
import { ConflictNotice } from './ConflictNotice.js';
import { eventFields } from './conflict.js';
import { EventForm, type EventValues } from './EventForm.js';
import { ListenersSection } from './ListenersSection.js';
import { formProblem, ifMatch, isStale, type FormProblem } from './problems.js';
import { ManageLivePanel } from './live/index.js';
import { usePeopleByIds } from './people.js';
import { LiveKitSessionsPanel, ManageSessionsPanel } from './sessions/index.js';
import { broadcastMode } from '../broadcast/mode.js';
import { StatusControl } from './StatusControl.js';
import { ManagedEventContext, useManagedEvent, useManagedEventState } from './useManagedEvent.js';

export default function ManagePage() {
  const { eventId } = useParams();
  return eventId ? <EditEvent eventId={eventId} /> : <NewEvent />;
}

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  const { language, t } = useI18n();
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6 p-4 sm:p-6">
      <div>
        <Link to={`/${language}/`} className="text-sm underline">
          {t('app.backHome')}
        </Link>
        <h1 className="mt-1 text-2xl font-semibold break-words">{title}</h1>
      </div>
      {children}
    </div>
  );
}

/** The signed-in person, when they may change events at all (`events:write`). */
function useEventWriter(): CurrentUser | undefined {
  const state = useSessionState();
  return state.status === 'signed_in' && state.user.permissions.includes('events:write') ? state.user : undefined;
}

/** Only the organiser, or a holder of `events:manage_all`, changes an event (the events service's rule). */
function mayManage(user: CurrentUser | undefined, event: Event): boolean {
  return !!user && (user.id === event.organiser_id || user.permissions.includes('events:manage_all'));
}

function NewEvent() {
  const { language, t } = useI18n();
  const writer = useEventWriter();
  const { events } = useApi();
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();

  async function create(values: Partial<EventValues>, all: EventValues) {
    setSubmitting(true);
    setProblem(undefined);
    try {
      const created = await unwrap(events.createEvent({ body: all }));
      void navigate(`/${language}/manage/${created.id}`, { replace: true });
    } catch (error) {
      setProblem(formProblem(error, t('manage.error.network')));
      setSubmitting(false);
    }
  }

  if (!writer) {
    return (
      <Frame title={t('manage.new.title')}>
        <p role="alert">{t('manage.cannotCreate')}</p>
      </Frame>
    );
  }
  return (
    <Frame title={t('manage.new.title')}>
      <p className="text-slate-700">{t('manage.new.intro')}</p>
      <EventForm
        submitLabel={t('manage.new.submit')}
        submitting={submitting}
        problem={problem}
        onSubmit={(values, all) => void create(values, all)}
      />
    </Frame>
  );
}

function EditEvent({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const state = useManagedEventState(eventId);
  const writer = useEventWriter();
  const { query } = state;
  if (query.isPending)
    return (
      <p className="p-6" role="status">
        {t('app.loading')}
      </p>
    );
  if (query.isError || !query.data) {
    const status = (query.error as unknown) instanceof ProblemError ? (query.error as unknown as ProblemError).status : undefined;
    return (
      <Frame title={t('manage.title')}>
        <p role="alert" className="text-red-800">
          {status === 404 ? t('manage.notFound') : status === 403 ? t('manage.forbidden') : t('manage.loadFailed')}
        </p>
        {status !== 404 && status !== 403 && (
          <button type="button" className="self-start underline" onClick={() => void query.refetch()}>
            {t('app.retry')}
          </button>
        )}
      </Frame>
    );
  }
  const event = query.data;
  if (!mayManage(writer, event)) {
    // Speakers and listeners can read the event, but only its organiser changes it.
    return (
      <Frame title={event.title}>
        <p role="alert">{t('manage.forbidden')}</p>
      </Frame>
    );
  }
  return (
    <ManagedEventContext.Provider value={{ ...state, event }}>
      <Frame title={event.title}>
        <ConflictNotice />
        <StatusControl />
        <LiveAndSessions />
        <DetailsSection />
        <ChannelsSection />
        <ListenersSection />
      </Frame>
    </ManagedEventContext.Provider>
  );
}

/**
 * WebSocket mode: who is connected and how fast finals arrive while the event can be live, and its
 * sessions once it has any (live-event). LiveKit mode: its sessions with their agents (live-service),
 * which is where a LiveKit talk's state lives (listeners are LiveKit's, not live-event's).
 */
function LiveAndSessions() {
  const { event } = useManagedEvent();
  const speakerIds = event.channels.flatMap((channel) => channel.speakers);
  const names = usePeopleByIds(speakerIds);
  const personName = (userId: string) => names.data?.get(userId)?.display_name;
  if (broadcastMode === 'livekit')
    return event.status === 'draft' ? null : <LiveKitSessionsPanel eventId={event.id} personName={personName} />;
  return (
    <>
      {(event.status === 'ready' || event.status === 'live') && <ManageLivePanel eventId={event.id} personName={personName} />}
      {event.status !== 'draft' && <ManageSessionsPanel eventId={event.id} personName={personName} />}
    </>
  );
}

function DetailsSection() {
  const { t } = useI18n();
  const { events } = useApi();
  const { event, refresh, reportStale, generation } = useManagedEvent();
  // The form edits the event as it was when the form was (re)loaded: its If-Match is that version,
  // unless the page has since read a newer one whose fields are still the same (our own speaker
  // assignments move the version too, and must not make the next save look stale).
  const [base, setBase] = useState({ event, generation });
  if (base.generation !== generation) setBase({ event, generation });
  const baseEvent = base.generation === generation ? base.event : event;
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [saved, setSaved] = useState(false);
  const [formKey, setFormKey] = useState(0);

  async function save(changed: Partial<EventValues>) {
    setSaved(false);
    if (Object.keys(changed).length === 0) return setSaved(true);
    const unchangedSince = eventFields.every((field) => (baseEvent[field] ?? null) === (event[field] ?? null));
    const version = unchangedSince ? event.version : baseEvent.version;
    setSubmitting(true);
    setProblem(undefined);
    try {
      const updated = await unwrap(
        events.updateEvent({ params: { path: { event_id: event.id }, header: { 'If-Match': ifMatch(version) } }, body: changed }),
      );
      await refresh();
      setBase({ event: updated, generation });
      setFormKey((key) => key + 1);
      setSaved(true);
    } catch (error) {
      if (isStale(error)) await reportStale(unchangedSince ? event : baseEvent, changed);
      else setProblem(formProblem(error, t('manage.error.network')));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section aria-labelledby="manage-details" className="flex flex-col gap-3">
      <h2 id="manage-details" className="text-lg font-semibold">
        {t('manage.event.details')}
      </h2>
      <EventForm
        key={`${generation}-${formKey}`}
        event={baseEvent}
        submitLabel={t('manage.event.save')}
        submitting={submitting}
        problem={problem}
        onSubmit={(changed) => void save(changed)}
      />
      {saved && (
        <p role="status" className="text-sm text-emerald-800">
          {t('manage.event.saved')}
        </p>
      )}
    </section>
  );
}
