/**
 * Stopping a running LiveKit session from the manager page: asks once more (every listener loses the
 * captions and the translated audio), then `POST /v1/sessions/stop`, and says in words why a stop was
 * refused.
 */
import { useState } from 'react';
import { useApi } from '../../api/clients.js';
import { ProblemError, unwrap, type AgentSession } from '../../api/sdk.js';
import { useI18n, type MessageKey } from '../../i18n/i18n.js';

export function StopSession({ session, onStopped }: { session: AgentSession; onStopped: () => void }) {
  const { t } = useI18n();
  const { liveService } = useApi();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<MessageKey | undefined>();

  async function stop() {
    setBusy(true);
    setFailure(undefined);
    try {
      await unwrap(liveService.stopSession({ body: { event_id: session.event_id, session_id: session.session_id } }));
      setConfirming(false);
      onStopped();
    } catch (error) {
      setFailure(stopRefusal(error));
    } finally {
      setBusy(false);
    }
  }

  if (!confirming)
    return (
      <button
        type="button"
        className="rounded border border-red-700 px-3 py-1 text-sm text-red-800"
        onClick={() => {
          setFailure(undefined);
          setConfirming(true);
        }}
      >
        {t('manageSessions.stop')}
      </button>
    );
  return (
    <div
      role="group"
      aria-label={t('manageSessions.stop')}
      className="flex w-full flex-col gap-2 rounded bg-red-50 p-2 text-sm text-red-950"
    >
      <p>{t('manageSessions.confirmStop')}</p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => void stop()}
          className="rounded bg-red-700 px-3 py-1 font-medium text-white disabled:opacity-60"
        >
          {busy ? t('manageSessions.stopping') : t('manageSessions.stopConfirmed')}
        </button>
        <button type="button" disabled={busy} onClick={() => setConfirming(false)} className="rounded border border-slate-500 px-3 py-1">
          {t('manageSessions.keepRunning')}
        </button>
      </div>
      {failure && <p role="alert">{t(failure)}</p>}
    </div>
  );
}

/** A refused stop in the manager's words; the service's own detail is for operators. */
function stopRefusal(error: unknown): MessageKey {
  if (!(error instanceof ProblemError)) return 'error.network';
  if (error.status === 403) return 'manageSessions.stopForbidden';
  if (error.status === 404) return 'manageSessions.stopGone';
  return 'manageSessions.stopFailed';
}
