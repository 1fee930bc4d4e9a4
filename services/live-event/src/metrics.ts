import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { TallyHistogram, type HistogramTally } from './tally-histogram.js';

/** What a listener delivery of one message type counts: tallied per type, read at each scrape. */
export interface DeliveryTally {
  /** Deliveries not yet added to `live_event_listener_messages_delivered_total`. */
  delivered: { count: number };
  /** This type's series of `live_event_subtitle_delivery_latency_seconds`. */
  latency: HistogramTally;
}

/** The metrics of subtitle distribution to listeners. */
export interface ListenerMetrics {
  /** Open listener connections (no event ids: metrics carry counts, never who or what). */
  connections: Gauge;
  /** Messages handed to listener sockets, by message type. */
  delivered: Counter<'type'>;
  /** `subtitle_partial` messages not sent because the listener's buffer was above its soft bound. */
  droppedPartials: Counter;
  /** Listener connections closed with 4008 because their buffer passed its hard bound. */
  slowConsumerDisconnects: Counter;
  /** Seconds from a live subtitle's `timings.emitted_at` to its hand-over to the listener's socket. */
  deliveryLatency: TallyHistogram<'type'>;
  /**
   * Per message type, what a delivery counts: a plain addition for `delivered` (added to the counter
   * when the registry is scraped) and an observation on the type's latency tally, rather than a
   * labelled update of each, which hashes the labels, per socket.
   */
  byType(type: string): DeliveryTally;
}

/**
 * The service's Prometheus metrics, in one registry: counts and latencies only, labelled by language,
 * stage, engine or role, never ids or text.
 */
export interface LiveEventMetrics {
  /** The Prometheus registry `/metrics` serves. */
  registry: Registry;
  listener: ListenerMetrics;
  speakerConnections: Gauge;
  activeSessions: Gauge;
  audioSeconds: Counter;
  segments: Counter<'language' | 'kind'>;
  stageLatency: Histogram<'stage'>;
  engineErrors: Counter<'engine' | 'kind'>;
  rejectedMessages: Counter<'role' | 'code'>;
  sessionRecordFailures: Counter;
}

/** Creates the metrics in their own registry (so tests and several apps in one process never collide). */
export function createLiveEventMetrics(options: { defaultMetrics?: boolean } = {}): LiveEventMetrics {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry, prefix: 'live_event_' });
  const registers = [registry];
  return {
    registry,
    listener: listenerMetrics(registers),
    speakerConnections: new Gauge({ name: 'live_event_speaker_connections', help: 'Open speaker WebSocket connections.', registers }),
    activeSessions: new Gauge({
      name: 'live_event_sessions',
      help: 'Speaking sessions not ended (live, paused or interrupted).',
      registers,
    }),
    audioSeconds: new Counter({ name: 'live_event_audio_received_seconds_total', help: 'Seconds of speaker audio received.', registers }),
    segments: new Counter({
      name: 'live_event_segments_total',
      help: 'Final segments produced, by language and kind (transcription or translation).',
      labelNames: ['language', 'kind'],
      registers,
    }),
    stageLatency: new Histogram({
      name: 'live_event_stage_latency_seconds',
      help: 'Time each pipeline stage took per final segment: recognition (end of audio to text), translation, delivery (text to the bus).',
      labelNames: ['stage'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
      registers,
    }),
    engineErrors: new Counter({
      name: 'live_event_engine_errors_total',
      help: 'Engine failures and gaps, by engine (stt, mt) and kind.',
      labelNames: ['engine', 'kind'],
      registers,
    }),
    rejectedMessages: new Counter({
      name: 'live_event_rejected_messages_total',
      help: 'Client messages answered with an error, by role and error code.',
      labelNames: ['role', 'code'],
      registers,
    }),
    sessionRecordFailures: new Counter({
      name: 'live_event_session_record_failures_total',
      help: 'Session records the events service did not take after every retry.',
      registers,
    }),
  };
}

function listenerMetrics(registers: Registry[]): ListenerMetrics {
  const tallies = new Map<string, DeliveryTally>();
  const delivered = new Counter({
    name: 'live_event_listener_messages_delivered_total',
    help: 'Subtitles, gaps and session states sent to listeners, by type (replayed ones as `replayed`)',
    labelNames: ['type'],
    registers,
    collect() {
      for (const [type, tally] of tallies) {
        if (tally.delivered.count === 0) continue;
        this.inc({ type }, tally.delivered.count);
        tally.delivered.count = 0;
      }
    },
  });
  const deliveryLatency = new TallyHistogram({
    name: 'live_event_subtitle_delivery_latency_seconds',
    help: "From a subtitle's emitted_at to its hand-over to a listener socket",
    labelName: 'type',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers,
  });
  return {
    connections: new Gauge({ name: 'live_event_listener_connections', help: 'Open listener WebSocket connections', registers }),
    delivered,
    droppedPartials: new Counter({
      name: 'live_event_listener_partials_dropped_total',
      help: 'Partial subtitles dropped for listeners above their soft buffer bound',
      registers,
    }),
    slowConsumerDisconnects: new Counter({
      name: 'live_event_listener_slow_consumer_disconnects_total',
      help: 'Listeners closed with 4008 (slow consumer)',
      registers,
    }),
    deliveryLatency,
    byType(type) {
      let tally = tallies.get(type);
      if (!tally) {
        tally = { delivered: { count: 0 }, latency: deliveryLatency.tally(type) };
        tallies.set(type, tally);
      }
      return tally;
    },
  };
}
