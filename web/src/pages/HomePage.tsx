/**
 * `/{lang}/`: the events the signed-in person speaks at, listens to or manages, from the events
 * service's `role` and `organiser_id` filters.
 */
import { Link } from 'react-router';
import { useApi } from '../api/clients.js';
import type { CurrentUser, EventSummary } from '../api/sdk.js';
import { useSessionState } from '../auth/AuthProvider.js';
import { useI18n, type MessageKey } from '../i18n/i18n.js';

export function HomePage() {
  const { t } = useI18n();
  const state = useSessionState();
  if (state.status !== 'signed_in') return null;
  const user = state.user;
  // Each list only for people whose role can use it: a listener is not shown an empty "Where I speak".
  const canSpeak = user.permissions.includes('live:speak');
  const canListen = user.permissions.includes('live:listen');
  const canManage = user.permissions.includes('events:write');
  return (
    <div className="mx-auto w-full max-w-3xl p-4 sm:p-6">
      <h1 className="text-2xl font-semibold">{t('home.title')}</h1>
      <p className="text-slate-600">{t('home.greeting', { name: user.display_name })}</p>
      {/* A manager's own events first: that is what they come for. */}
      {canManage && <EventSection title={t('home.manage')} role="organiser" user={user} />}
      {canSpeak && <EventSection title={t('home.speak')} role="speaker" user={user} />}
      {canListen && <EventSection title={t('home.listen')} role="listener" user={user} />}
    </div>
  );
}

type Role = 'speaker' | 'listener' | 'organiser';

function EventSection({ title, role, user }: { title: string; role: Role; user: CurrentUser }) {
  const { language, t } = useI18n();
  const { eventsQuery } = useApi();
  const query = role === 'organiser' ? { organiser_id: user.id } : { role };
  const events = eventsQuery.useQuery('get', '/v1/events', { params: { query: { ...query, limit: 50 } } });
  const headingId = `home-${role}`;
  return (
    <section aria-labelledby={headingId} className="mt-6">
      <div className="flex items-center gap-3">
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        {role === 'organiser' && (
          <Link className="ml-auto rounded border border-slate-400 px-3 py-1 text-sm" to={`/${language}/manage/new`}>
            {t('home.newEvent')}
          </Link>
        )}
      </div>
      {events.isPending && <p role="status">{t('app.loading')}</p>}
      {events.isError && (
        <p role="alert" className="text-red-800">
          {t('home.failed')}{' '}
          <button type="button" className="underline" onClick={() => void events.refetch()}>
            {t('app.retry')}
          </button>
        </p>
      )}
      {events.data && events.data.items.length === 0 && <p className="text-slate-600">{t('home.none')}</p>}
      {events.data && events.data.items.length > 0 && (
        <ul className="mt-2 flex flex-col gap-2">
          {events.data.items.map((event) => (
            <li key={event.id} className="rounded border border-slate-300 p-3">
              <EventRow event={event} role={role} user={user} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function EventRow({ event, role, user }: { event: EventSummary; role: Role; user: CurrentUser }) {
  const { language, t } = useI18n();
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: event.timezone });
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <div className="min-w-0 flex-1">
        <p className="font-medium">{event.title}</p>
        <p className="text-sm text-slate-600">
          {t('home.when', { start: when.format(new Date(event.starts_at)), end: when.format(new Date(event.ends_at)) })} ·{' '}
          <span>{t(`status.${event.status}` as MessageKey)}</span>
        </p>
      </div>
      {role === 'listener' && (
        <Link className="rounded bg-slate-800 px-3 py-1 text-white" to={`/${language}/listen/${event.id}`}>
          {t('home.openListen')}
        </Link>
      )}
      {role === 'organiser' && (
        <Link className="rounded bg-slate-800 px-3 py-1 text-white" to={`/${language}/manage/${event.id}`}>
          {t('home.openManage')}
        </Link>
      )}
      {role === 'speaker' && <SpeakerChannels eventId={event.id} userId={user.id} />}
    </div>
  );
}

/** The channels of an event the person speaks on: the summary has no channels, so the event is read. */
function SpeakerChannels({ eventId, userId }: { eventId: string; userId: string }) {
  const { language, t } = useI18n();
  const { eventsQuery } = useApi();
  const event = eventsQuery.useQuery('get', '/v1/events/{event_id}', { params: { path: { event_id: eventId } } });
  const channels = event.data?.channels.filter((channel) => channel.speakers.includes(userId)) ?? [];
  return (
    <span className="flex flex-wrap gap-2">
      {channels.map((channel) => (
        <Link key={channel.id} className="rounded bg-slate-800 px-3 py-1 text-white" to={`/${language}/speak/${eventId}/${channel.id}`}>
          {t('home.openSpeak', { channel: channel.name })}
        </Link>
      ))}
    </span>
  );
}
