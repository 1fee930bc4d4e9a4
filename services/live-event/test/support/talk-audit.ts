/**
 * What a fault test asserts of a real talk, whatever broke: every utterance spoken is covered by a final
 * that reached the listener and the stored transcript, or by a gap; no final twice; no hole in the
 * numbering. And the figures the live-event README reports for each fault kind.
 */
import { expect } from 'vitest';
import type { Gap, ListenerServerMessage, SubtitleFinal } from '@ilenia/generated/asyncapi/live-event/messages';
import type { TestSocket } from './test-socket.js';

/** One utterance as the test spoke it: where it lies on the session clock, and when its last frame left. */
export interface SpokenUtterance {
  text: string;
  sessionId: string;
  fromMs: number;
  toMs: number;
  /** performance.now() once its last audio frame was sent. */
  spokenAt: number;
}

/** Finals and gaps one listener received, with the time each arrived (a listener reconnected keeps one log). */
export class ListenerLog {
  readonly finals: { final: SubtitleFinal; arrivedAt: number }[] = [];
  readonly gaps: Gap[] = [];

  /** Records what `socket` receives from now on (call right after opening it). */
  follow(socket: TestSocket<ListenerServerMessage>): void {
    let read = socket.received.length;
    socket.socket.on('message', () => {
      for (const message of socket.received.slice(read)) {
        read += 1;
        if (message.type === 'subtitle_final') this.finals.push({ final: message, arrivedAt: performance.now() });
        if (message.type === 'gap') this.gaps.push(message);
        this.seen.push(message);
      }
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  private readonly seen: ListenerServerMessage[] = [];
  private readonly waiters: (() => void)[] = [];

  /** Resolves once a received message matches (already received ones count). */
  async until(matches: (message: ListenerServerMessage) => boolean, timeoutMs = 60_000): Promise<ListenerServerMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.seen.find(matches);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(`no matching listener message within ${timeoutMs} ms; got ${this.seen.map((message) => message.type).join(', ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()) + 1);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The highest N such that every final up to N arrived (what a reconnecting listener sends as `resume_from`). */
  resumePoint(language: string): number {
    const sequences = new Set(this.finals.filter(({ final }) => final.language === language).map(({ final }) => final.sequence));
    let point = 0;
    while (sequences.has(point + 1)) point += 1;
    return point;
  }
}

export interface TalkFigures {
  fault: string;
  utterances: number;
  produced: number;
  delivered: number;
  stored: number;
  gaps: number;
  longestDelayMs: number;
}

/**
 * Checks the talk and returns its figures. `stored` is the stored transcript of `language` of every
 * session the talk had, in order; `produced` the finals the server numbered (the channel's last sequence).
 */
export function auditTalk(options: {
  fault: string;
  language: string;
  utterances: readonly SpokenUtterance[];
  log: ListenerLog;
  stored: readonly { segment_id: string; sequence: number; text: string; session_id?: string }[];
  produced: number;
}): TalkFigures {
  const finals = options.log.finals.filter(({ final }) => final.language === options.language);
  // A replay may repeat a final the listener has (the client drops it by sequence); never with another id.
  const bySequence = new Map<number, { final: SubtitleFinal; arrivedAt: number }>();
  for (const entry of finals) {
    const earlier = bySequence.get(entry.final.sequence);
    if (earlier) {
      expect(entry.final.replayed, `sequence ${entry.final.sequence} delivered twice live`).toBe(true);
      expect(entry.final.segment_id, `sequence ${entry.final.sequence} delivered with two segment ids`).toBe(earlier.final.segment_id);
      continue;
    }
    bySequence.set(entry.final.sequence, entry);
  }
  const delivered = [...bySequence.values()].sort((left, right) => left.final.sequence - right.final.sequence);
  expect(new Set(delivered.map(({ final }) => final.segment_id)).size, 'a segment delivered under two sequences').toBe(delivered.length);
  // No hole: the channel's numbering, as delivered, runs 1..N (gaps never take a number).
  expect(delivered.map(({ final }) => final.sequence)).toEqual(delivered.map((_, index) => index + 1));
  expect(delivered.length, 'every final the server numbered reached the listener').toBe(options.produced);
  // The stored transcript is exactly what was delivered.
  expect(options.stored.map((segment) => `${segment.sequence}:${segment.segment_id}:${segment.text}`)).toEqual(
    delivered.map(({ final }) => `${final.sequence}:${final.segment_id}:${final.text}`),
  );

  let longestDelayMs = 0;
  for (const utterance of options.utterances) {
    const overlaps = (fromMs: number, toMs: number, sessionId: string) =>
      sessionId === utterance.sessionId && fromMs < utterance.toMs && toMs > utterance.fromMs;
    const covering = delivered.filter(({ final }) => overlaps(final.start_ms, final.end_ms, final.session_id));
    const gap = options.log.gaps.find(
      (candidate) =>
        overlaps(candidate.from_ms, candidate.to_ms, candidate.session_id) &&
        (candidate.language === null || candidate.language === options.language),
    );
    expect(
      covering.length > 0 || gap !== undefined,
      `"${utterance.text}" (${utterance.fromMs}–${utterance.toMs} ms) has neither a final nor a gap; finals: ${delivered.map(({ final }) => `${final.start_ms}–${final.end_ms} "${final.text}"`).join(', ')}`,
    ).toBe(true);
    for (const { arrivedAt } of covering) longestDelayMs = Math.max(longestDelayMs, arrivedAt - utterance.spokenAt);
  }
  const figures = {
    fault: options.fault,
    utterances: options.utterances.length,
    produced: options.produced,
    delivered: delivered.length,
    stored: options.stored.length,
    gaps: options.log.gaps.length,
    longestDelayMs: Math.round(longestDelayMs),
  };
  console.log(`fault figures: ${JSON.stringify(figures)}`);
  return figures;
}
