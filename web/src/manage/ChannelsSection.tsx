/**
 * The event's channels: add, change and remove them while the event is `draft` or `ready` (with
 * If-Match), and assign or remove each channel's speakers (until the event has ended).
 */
import { useState } from 'react';
import { useApi } from '../api/clients.js';
import { unwrap, type Channel, type Person } from '../api/sdk.js';
import { languageName, useI18n } from '../i18n/i18n.js';
import { ChannelForm } from './ChannelForm.js';
import { channelsEditable, type ChannelDraft } from './conflict.js';
import { PeoplePicker } from './PeoplePicker.js';
import { formProblem, ifMatch, isStale, type FormProblem } from './problems.js';
import { useManagedEvent } from './useManagedEvent.js';

export function ChannelsSection() {
  const { t } = useI18n();
  const { events } = useApi();
  const { event, refresh, reportStale } = useManagedEvent();
  const [adding, setAdding] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const editable = channelsEditable(event.status);

  async function create(draft: ChannelDraft) {
    setSubmitting(true);
    setProblem(undefined);
    try {
      await unwrap(
        events.createChannel({ params: { path: { event_id: event.id }, header: { 'If-Match': ifMatch(event.version) } }, body: draft }),
      );
      await refresh();
      setAdding(false);
    } catch (error) {
      if (isStale(error)) await reportStale(event, undefined, { draft });
      else setProblem(formProblem(error, t('manage.error.network')));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section aria-labelledby="manage-channels" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="manage-channels" className="text-lg font-semibold">
          {t('manage.channels')}
        </h2>
        {editable && !adding && (
          <button
            type="button"
            onClick={() => {
              setAdding(true);
              setProblem(undefined);
            }}
            className="ml-auto rounded border border-slate-400 px-3 py-1 text-sm"
          >
            {t('manage.channel.add')}
          </button>
        )}
      </div>
      {!editable && <p className="text-sm text-slate-600">{t('manage.channel.frozen')}</p>}
      {event.channels.length === 0 && !adding && <p className="text-slate-600">{t('manage.channel.none')}</p>}
      {adding && (
        <ChannelForm
          otherNames={event.channels.map((channel) => channel.name)}
          submitLabel={t('manage.channel.create')}
          submitting={submitting}
          problem={problem}
          onSubmit={(draft) => void create(draft)}
          onCancel={() => setAdding(false)}
        />
      )}
      <ul className="flex flex-col gap-3">
        {event.channels.map((channel) => (
          <li key={channel.id}>
            <ChannelCard channel={channel} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChannelCard({ channel }: { channel: Channel }) {
  const { language, t } = useI18n();
  const { events } = useApi();
  const { event, refresh, reportStale } = useManagedEvent();
  const [editing, setEditing] = useState(false);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<FormProblem | undefined>();
  const [speakerError, setSpeakerError] = useState<string | undefined>();
  const editable = channelsEditable(event.status);
  const headingId = `channel-${channel.id}`;
  const path = { event_id: event.id, channel_id: channel.id };

  async function save(draft: ChannelDraft) {
    const changes: Partial<ChannelDraft> = {};
    if (draft.name !== channel.name) changes.name = draft.name;
    if (draft.source_language !== channel.source_language) changes.source_language = draft.source_language;
    if (draft.target_languages.join() !== channel.target_languages.join()) changes.target_languages = draft.target_languages;
    if (Object.keys(changes).length === 0) return setEditing(false);
    setBusy(true);
    setProblem(undefined);
    try {
      await unwrap(events.updateChannel({ params: { path, header: { 'If-Match': ifMatch(event.version) } }, body: changes }));
      await refresh();
      setEditing(false);
    } catch (error) {
      if (isStale(error)) await reportStale(event, undefined, { id: channel.id, draft });
      else setProblem(formProblem(error, t('manage.error.network')));
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    setProblem(undefined);
    try {
      await unwrap(events.deleteChannel({ params: { path, header: { 'If-Match': ifMatch(event.version) } } }));
      await refresh();
    } catch (error) {
      if (isStale(error)) await reportStale(event);
      else setProblem(formProblem(error, t('manage.error.network')));
      setConfirmingRemove(false);
    } finally {
      setBusy(false);
    }
  }

  async function changeSpeaker(call: () => Promise<unknown>) {
    setBusy(true);
    setSpeakerError(undefined);
    try {
      await call();
      await refresh();
    } catch (error) {
      setSpeakerError(formProblem(error, t('manage.error.network')).general ?? t('manage.error.network'));
    } finally {
      setBusy(false);
    }
  }

  const languages = [
    languageName(channel.source_language, language),
    channel.target_languages.map((tag) => languageName(tag, language)).join(', ') || t('manage.channel.transcriptionOnly'),
  ].join(' → ');
  return (
    <article aria-labelledby={headingId} className="rounded border border-slate-300 p-3">
      {editing ? (
        <ChannelForm
          initial={{ name: channel.name, source_language: channel.source_language, target_languages: channel.target_languages }}
          otherNames={event.channels.filter((other) => other.id !== channel.id).map((other) => other.name)}
          submitLabel={t('manage.channel.save')}
          submitting={busy}
          problem={problem}
          onSubmit={(draft) => void save(draft)}
          onCancel={() => {
            setEditing(false);
            setProblem(undefined);
          }}
        />
      ) : (
        <div className="flex flex-wrap items-start gap-2">
          <div className="min-w-0 flex-1">
            <h3 id={headingId} className="font-semibold">
              {channel.name}
            </h3>
            <p className="text-sm text-slate-700">{languages}</p>
          </div>
          {editable && (
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                onClick={() => {
                  setEditing(true);
                  setProblem(undefined);
                }}
                className="rounded border border-slate-400 px-3 py-1 text-sm"
                aria-label={t('manage.channel.editNamed', { channel: channel.name })}
              >
                {t('manage.channel.edit')}
              </button>
              {!confirmingRemove ? (
                <button
                  type="button"
                  onClick={() => setConfirmingRemove(true)}
                  className="rounded border border-red-700 px-3 py-1 text-sm text-red-800"
                  aria-label={t('manage.channel.removeNamed', { channel: channel.name })}
                >
                  {t('manage.channel.remove')}
                </button>
              ) : (
                <span className="flex flex-wrap items-center gap-2 text-sm">
                  {t('manage.channel.confirmRemove')}
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => void remove()}
                    className="rounded bg-red-800 px-3 py-1 text-white disabled:opacity-60"
                  >
                    {t('manage.channel.remove')}
                  </button>
                  <button type="button" onClick={() => setConfirmingRemove(false)} className="rounded border border-slate-400 px-3 py-1">
                    {t('manage.cancel')}
                  </button>
                </span>
              )}
            </div>
          )}
        </div>
      )}
      {!editing && problem?.general && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {problem.general}
        </p>
      )}
      <div className="mt-3">
        <h4 className="text-sm font-medium">{t('manage.speakers')}</h4>
        <PeoplePicker
          label={t('manage.speakersOf', { channel: channel.name })}
          searchLabel={t('manage.speaker.add', { channel: channel.name })}
          assigned={channel.speakers}
          canChange={event.status !== 'ended'}
          busy={busy}
          error={speakerError}
          onAdd={(person: Person) =>
            void changeSpeaker(() => unwrap(events.assignChannelSpeaker({ params: { path: { ...path, user_id: person.id } } })))
          }
          onRemove={(userId) =>
            void changeSpeaker(() => unwrap(events.removeChannelSpeaker({ params: { path: { ...path, user_id: userId } } })))
          }
        />
      </div>
    </article>
  );
}
