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
  const [recording, setRecording] = useState<RecordingUrl>({ state: 'idle' });
  useEffect(() => {
    if (!enabled) return;
    let url: string | undefined;
    let cancelled = false;
    const controller = new AbortController();
    setRecording({ state: 'loading' });
    unwrap(api.liveEvent.getSessionRecording({ params: { path: { session_id: sessionId } }, parseAs: 'blob', signal: controller.signal }))
      .then((blob) => {
        if (cancelled) return;
        url = URL.createObjectURL(blob as unknown as Blob);
        setRecording({ state: 'ready', url });
      })
      .catch(() => {
        if (!cancelled) setRecording({ state: 'failed' });
      });
    return () => {
      cancelled = true;
      controller.abort();
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, sessionId, enabled]);
  return recording;
}
