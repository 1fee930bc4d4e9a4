/**
 * Clocks on the live-event service's path for the latency bench: decorators around what the service
 * is given (engines, subtitle bus, database) that note when each step started and ended, on
 * `performance.now()`. They change nothing the service does: every call goes through unchanged, so
 * the service measured is the one that runs, and its own time can be told apart from the engines'.
 */
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, UnknownRow } from 'kysely';
import type { ChannelBroadcast, SubtitleBus } from '@ilenia/live-event-service/distribution/types';
import type { RecognitionResult, SpeechRecognizer, Translator } from '@ilenia/speech-engines/types';

/** A final as the recogniser emitted it: `at` is before anyone else (the service) heard of it. */
export interface RecognisedFinal {
  startMs: number;
  text: string;
  at: number;
}

/** One translate call, timed around the engine call itself. */
export interface TranslateCall {
  text: string;
  target: string;
  started: number;
  ended: number;
}

/** A recogniser whose streams note each final's moment first, then hand it on unchanged. */
export function timedRecognizer(recognizer: SpeechRecognizer, finals: RecognisedFinal[]): SpeechRecognizer {
  return {
    name: recognizer.name,
    languages: () => recognizer.languages(),
    probe: () => recognizer.probe(),
    close: () => recognizer.close(),
    openStream(options) {
      const stream = recognizer.openStream(options);
      // Registered before the caller's own listener, so `at` precedes the service's work on the final.
      stream.on('result', (result: RecognitionResult) => {
        if (result.kind === 'final') finals.push({ startMs: Math.round(result.startMs), text: result.text, at: performance.now() });
      });
      return stream;
    },
  };
}

/** A translator that notes how long each call to the engine took. */
export function timedTranslator(translator: Translator, calls: TranslateCall[]): Translator {
  return {
    name: translator.name,
    ...(translator.answersAtOnce === undefined ? {} : { answersAtOnce: translator.answersAtOnce }),
    supports: (source, target) => translator.supports(source, target),
    pairs: () => translator.pairs(),
    probe: () => translator.probe(),
    close: () => translator.close(),
    async translate(text, source, target, options) {
      const started = performance.now();
      const translated = await translator.translate(text, source, target, options);
      calls.push({ text, target, started, ended: performance.now() });
      return translated;
    },
  };
}

/** What the timed bus saw: each sequence when it was handed out, each publish when called and when settled. */
export interface BusClock {
  sequences: { sequence: number; at: number }[];
  publishes: { type: ChannelBroadcast['type']; language: string | null; segmentId: string | null; called: number; settled: number }[];
}

/** A subtitle bus that notes when sequences are handed out and when publishes are called and settle. */
export function timedSubtitleBus(bus: SubtitleBus, clock: BusClock): SubtitleBus {
  const status = bus.status?.bind(bus);
  return {
    async publish(channel, message) {
      const called = performance.now();
      await bus.publish(channel, message);
      clock.publishes.push({
        type: message.type,
        language: 'language' in message ? message.language : null,
        segmentId: 'segment_id' in message ? message.segment_id : null,
        called,
        settled: performance.now(),
      });
    },
    subscribe: (channel, deliver, options) => bus.subscribe(channel, deliver, options),
    history: (channel, options) => bus.history(channel, options),
    ...(status ? { status } : {}),
    async nextSequence(channel) {
      const sequence = await bus.nextSequence(channel);
      clock.sequences.push({ sequence, at: performance.now() });
      return sequence;
    },
    ping: () => bus.ping(),
    close: () => bus.close(),
  };
}

/** One insert into `table`: from the query's compilation to its result. */
export interface InsertTiming {
  table: string;
  started: number;
  ended: number;
}

/**
 * A Kysely plugin (`db.withPlugin(...)`) that times every insert from the moment it is handed to the
 * driver's queue to its result: the store round trip, queueing behind other queries included.
 */
export function insertTimingPlugin(inserts: InsertTiming[]): KyselyPlugin {
  const open = new Map<object, { table: string; started: number }>();
  return {
    transformQuery({ node, queryId }: PluginTransformQueryArgs) {
      if (node.kind === 'InsertQueryNode') open.set(queryId, { table: node.into?.table.identifier.name ?? '', started: performance.now() });
      return node;
    },
    transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      const insert = open.get(queryId);
      if (insert) {
        open.delete(queryId);
        inserts.push({ ...insert, ended: performance.now() });
      }
      return Promise.resolve(result);
    },
  };
}
