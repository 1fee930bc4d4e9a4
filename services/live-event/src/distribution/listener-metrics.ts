/**
 * The Prometheus metrics of subtitle distribution. Made once per registry, however many connections
 * use it (prom-client refuses to register a name twice).
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

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
  deliveryLatency: Histogram<'type'>;
  /**
   * Per message type: a plain tally of deliveries (added to `delivered` when the registry is
   * scraped, so that a delivery costs an addition rather than a labelled counter update) and the
   * labelled child of `deliveryLatency`, looked up once.
   */
  byType(type: string): { delivered: { count: number }; latency: Histogram.Internal<'type'> };
}

const metricsByRegistry = new WeakMap<Registry, ListenerMetrics>();

/** The distribution metrics on `registry`, created on first use. */
export function listenerMetrics(registry: Registry): ListenerMetrics {
  let metrics = metricsByRegistry.get(registry);
  if (!metrics) {
    const registers = [registry];
    const children = new Map<string, { delivered: { count: number }; latency: Histogram.Internal<'type'> }>();
    const made: Omit<ListenerMetrics, 'byType'> = {
      connections: new Gauge({ name: 'live_event_listener_connections', help: 'Open listener WebSocket connections', registers }),
      delivered: new Counter({
        name: 'live_event_listener_messages_delivered_total',
        help: 'Subtitles, gaps and session states sent to listeners, by type (replayed ones as `replayed`)',
        labelNames: ['type'],
        registers,
        collect() {
          for (const [type, child] of children) {
            if (child.delivered.count === 0) continue;
            this.inc({ type }, child.delivered.count);
            child.delivered.count = 0;
          }
        },
      }),
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
      deliveryLatency: new Histogram({
        name: 'live_event_subtitle_delivery_latency_seconds',
        help: "From a subtitle's emitted_at to its hand-over to a listener socket",
        labelNames: ['type'],
        buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
        registers,
      }),
    };
    metrics = {
      ...made,
      byType(type) {
        let child = children.get(type);
        if (!child) {
          child = { delivered: { count: 0 }, latency: made.deliveryLatency.labels(type) };
          children.set(type, child);
        }
        return child;
      },
    };
    metricsByRegistry.set(registry, metrics);
  }
  return metrics;
}
