/**
 * The recording of a session as an object URL an <audio> element can play: the recording endpoint
 * needs the bearer token, which an <audio src> cannot send, so it is fetched as a Blob with the
 * generated client. The URL is revoked when the component unmounts or the session changes.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../../api/clients.js';
import { unwrap } from '../../api/sdk.js';

export type RecordingUrl = { state: 'idle' } | { state: 'loading' } | { state: 'ready'; url: string } | { state: 'failed' };

export function useRecordingUrl(sessionId: string, enabled: boolean): RecordingUrl {
  const api = useApi();
  // What the fetch of one session's recording ended in; until it ends, that session's recording is loading.
  const [outcome, setOutcome] = useState<{ sessionId: string; recording: RecordingUrl } | undefined>();
  useEffect(() => {
    if (!enabled) return;
    let url: string | undefined;
    let cancelled = false;
    const controller = new AbortController();
    unwrap(api.liveEvent.getSessionRecording({ params: { path: { session_id: sessionId } }, parseAs: 'blob', signal: controller.signal }))
      .then((blob) => {
        if (cancelled) return;
        url = URL.createObjectURL(blob);
        setOutcome({ sessionId, recording: { state: 'ready', url } });
      })
      .catch(() => {
        if (!cancelled) setOutcome({ sessionId, recording: { state: 'failed' } });
      });
    return () => {
      cancelled = true;
      controller.abort();
      if (url) URL.revokeObjectURL(url);
      // The URL is gone: a later fetch of the same session starts from "loading" again.
      setOutcome(undefined);
    };
  }, [api, sessionId, enabled]);
  if (!enabled) return { state: 'idle' };
  return outcome?.sessionId === sessionId ? outcome.recording : { state: 'loading' };
}
