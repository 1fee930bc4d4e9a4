import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { listenerMetrics, type ListenerMetrics } from './distribution/listener-metrics.js';

/**
 * The service's Prometheus metrics, in one registry: counts and latencies only, labelled by language,
 * stage, engine or role, never ids or text. The listener side's (connections, deliveries) are
 * `listener`, defined beside the code that counts them.
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
    listener: listenerMetrics(registry),
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
