/**
 * The event's status and only the moves the events spec allows from it (draft → ready, ready → draft
 * or live, live → ended), each with If-Match. Ending is final, so it asks once more.
 */
import { useState } from 'react';
import { useApi } from '../api/clients.js';
import { unwrap, type EventStatus } from '../api/sdk.js';
import { useI18n, type MessageKey } from '../i18n/i18n.js';
import { allowedMoves, hasSpeaker } from './conflict.js';
import { formProblem, ifMatch, isStale } from './problems.js';
import { useManagedEvent } from './useManagedEvent.js';

const moveStyle: Record<EventStatus, string> = {
  draft: 'border border-slate-400',
  ready: 'bg-emerald-800 text-white',
  live: 'bg-red-700 text-white',
  ended: 'bg-slate-800 text-white',
};

export function StatusControl() {
  const { t } = useI18n();
  const { events } = useApi();
  const { event, refresh, reportStale } = useManagedEvent();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [confirmEnd, setConfirmEnd] = useState(false);
  const moves = allowedMoves[event.status];
  const readyBlocked = !hasSpeaker(event);

  async function move(status: EventStatus) {
    setBusy(true);
    setError(undefined);
    try {
      await unwrap(
        events.setEventStatus({
          params: { path: { event_id: event.id }, header: { 'If-Match': ifMatch(event.version) } },
          body: { status },
        }),
      );
      await refresh();
      setConfirmEnd(false);
    } catch (failure) {
      if (isStale(failure)) await reportStale(event);
      else setError(formProblem(failure, t('manage.error.network')).general);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="manage-status" className="flex flex-col gap-2">
      <h2 id="manage-status" className="text-lg font-semibold">
        {t('manage.status')}
      </h2>
      <p>
        {t('manage.status.current')} <strong data-status={event.status}>{t(`status.${event.status}` as MessageKey)}</strong>
      </p>
      <p className="text-sm text-slate-600">{t(`manage.status.explain.${event.status}` as MessageKey)}</p>
      {moves.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {moves.map((status) =>
            status === 'ended' && confirmEnd ? (
              <span key={status} className="flex flex-wrap items-center gap-2">
                {t('manage.status.confirmEnd')}
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void move('ended')}
                  className={`rounded px-3 py-1 ${moveStyle.ended} disabled:opacity-60`}
                >
                  {t('manage.status.move.ended')}
                </button>
                <button type="button" onClick={() => setConfirmEnd(false)} className="rounded border border-slate-400 px-3 py-1">
                  {t('manage.cancel')}
                </button>
              </span>
            ) : (
              <button
                key={status}
                type="button"
                disabled={busy || (status === 'ready' && readyBlocked)}
                aria-describedby={status === 'ready' && readyBlocked ? 'manage-ready-hint' : undefined}
                onClick={() => (status === 'ended' ? setConfirmEnd(true) : void move(status))}
                className={`rounded px-3 py-1 ${moveStyle[status]} disabled:opacity-50`}
              >
                {t(`manage.status.move.${status}` as MessageKey)}
              </button>
            ),
          )}
        </div>
      )}
      {moves.includes('ready') && readyBlocked && (
        <p id="manage-ready-hint" className="text-sm text-slate-700">
          {t('manage.status.needsSpeaker')}
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </section>
  );
}
