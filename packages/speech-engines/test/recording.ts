import type { RecognitionResult, RecognitionStream } from '../src/types.js';

/** Everything a recognition stream emitted, in order. */
export interface StreamRecording {
  events: (
    | { type: 'result'; result: RecognitionResult }
    | { type: 'gap'; startMs: number; endMs: number; reason: string }
    | { type: 'error'; message: string }
  )[];
  finals(): RecognitionResult[];
  partials(): RecognitionResult[];
  gaps(): { startMs: number; endMs: number; reason: string }[];
  /** Resolves when `predicate` holds for the recording (checked after every event). */
  until(predicate: (recording: StreamRecording) => boolean, timeoutMs?: number): Promise<void>;
}

/** Records a stream's events for assertions. */
export function record(stream: RecognitionStream): StreamRecording {
  const waiters: (() => void)[] = [];
  const recording: StreamRecording = {
    events: [],
    finals: () => recording.events.flatMap((event) => (event.type === 'result' && event.result.kind === 'final' ? [event.result] : [])),
    partials: () => recording.events.flatMap((event) => (event.type === 'result' && event.result.kind === 'partial' ? [event.result] : [])),
    gaps: () =>
      recording.events.flatMap((event) =>
        event.type === 'gap' ? [{ startMs: event.startMs, endMs: event.endMs, reason: event.reason }] : [],
      ),
    until: (predicate, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        if (predicate(recording)) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`not seen within ${timeoutMs} ms: ${JSON.stringify(recording.events)}`)),
          timeoutMs,
        );
        const check = () => {
          if (!predicate(recording)) return void waiters.push(check);
          clearTimeout(timer);
          resolve();
        };
        waiters.push(check);
      }),
  };
  const notify = () => {
    for (const waiter of waiters.splice(0)) waiter();
  };
  stream.on('result', (result) => {
    recording.events.push({ type: 'result', result });
    notify();
  });
  stream.on('gap', (gap) => {
    recording.events.push({ type: 'gap', ...gap });
    notify();
  });
  stream.on('error', (error) => {
    recording.events.push({ type: 'error', message: error.message });
    notify();
  });
  return recording;
}

/** Writes `pcm` in chunks, waiting for `drain` whenever the stream pushes back. */
export async function feed(stream: RecognitionStream, pieces: readonly Buffer[]): Promise<void> {
  let drained: (() => void) | undefined;
  stream.on('drain', () => drained?.());
  for (const piece of pieces) {
    if (!stream.write(piece)) await new Promise<void>((resolve) => (drained = resolve));
  }
  drained = undefined;
}
