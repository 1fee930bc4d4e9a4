/**
 * What the sessions panels of both modes share: the section with its heading and count, the loading,
 * failure and empty states, and one card per session that opens to its details.
 */
import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.js';

export interface SessionsPage<Session> {
  items: Session[];
  total: number;
}

export interface SessionsSectionProps<Session> {
  sessions: { data?: SessionsPage<Session> | undefined; isPending: boolean; isError: boolean; refetch: () => unknown };
  /** The sessions to show, in the order to show them (newest first). */
  items: Session[];
  keyOf: (session: Session) => string;
  renderSession: (session: Session) => ReactNode;
}

export function SessionsSection<Session>({ sessions, items, keyOf, renderSession }: SessionsSectionProps<Session>) {
  const { t } = useI18n();
  const page = sessions.data;
  return (
    <section aria-labelledby="manage-sessions-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="manage-sessions-title" className="text-lg font-semibold">
          {t('manageSessions.title')}
        </h2>
        {page && page.total > 0 && <p className="text-sm text-slate-600">{t('manageSessions.count', { count: page.total })}</p>}
      </div>
      {sessions.isPending && <p className="text-slate-600">{t('manageSessions.loading')}</p>}
      {sessions.isError && (
        <p role="alert" className="text-red-800">
          {t('manageSessions.failed')}{' '}
          <button type="button" className="underline" onClick={() => void sessions.refetch()}>
            {t('app.retry')}
          </button>
        </p>
      )}
      {page && page.items.length === 0 && <p className="text-slate-600">{t('manageSessions.none')}</p>}
      {items.length > 0 && (
        <ul className="flex flex-col gap-2">
          {items.map((session) => (
            <li key={keyOf(session)}>{renderSession(session)}</li>
          ))}
        </ul>
      )}
      {page && page.total > page.items.length && (
        <p className="text-sm text-slate-600">{t('manageSessions.more', { shown: page.items.length, total: page.total })}</p>
      )}
    </section>
  );
}

export interface SessionCardProps {
  sessionId: string;
  title: string;
  summary: ReactNode;
  status: { label: string; className: string };
  /** Buttons beside "Details" (LiveKit mode: stop). */
  actions?: ReactNode;
  /** Shown under the header whatever the card's state (LiveKit mode: a stop's confirmation). */
  notice?: ReactNode;
  details: () => ReactNode;
}

export function SessionCard({ sessionId, title, summary, status, actions, notice, details }: SessionCardProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const detailsId = `session-details-${sessionId}`;
  return (
    <article className="rounded border border-slate-300 p-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <div className="w-full min-w-0 sm:w-auto sm:flex-1">
          <h3 className="font-medium">{title}</h3>
          <p className="text-sm text-slate-600">{summary}</p>
        </div>
        <span className={`rounded px-2 py-0.5 text-sm ${status.className}`}>{status.label}</span>
        {actions}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={detailsId}
          className="rounded border border-slate-400 px-3 py-1 text-sm"
          onClick={() => setOpen(!open)}
        >
          {t('manageSessions.details')}
        </button>
      </div>
      {notice}
      {open && <div id={detailsId}>{details()}</div>}
    </article>
  );
}
