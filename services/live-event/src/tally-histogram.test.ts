import { Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { TallyHistogram } from './tally-histogram.js';

const buckets = [0.001, 0.01, 0.1, 1];
const observations: [string, number][] = [
  ['subtitle_final', 0.0004],
  ['subtitle_final', 0.001],
  ['subtitle_final', 0.05],
  ['subtitle_partial', 0.5],
  ['subtitle_final', 7],
  ['gap', 0.1],
];

describe('TallyHistogram', () => {
  it("exposes exactly what prom-client's Histogram exposes for the same observations", async () => {
    const tallied = new Registry();
    const reference = new Registry();
    const histogram = new TallyHistogram({ name: 'latency_seconds', help: 'h', labelName: 'type', buckets, registers: [tallied] });
    const expected = new Histogram({ name: 'latency_seconds', help: 'h', labelNames: ['type'], buckets, registers: [reference] });
    for (const [type, value] of observations) {
      histogram.tally(type).observe(value);
      expected.observe({ type }, value);
    }
    expect(await tallied.metrics()).toBe(await reference.metrics());
    // Exemplars are not used: prom-client fills theirs with null.
    const withoutExemplars = (json: unknown) =>
      JSON.parse(JSON.stringify(json, (key, value: unknown) => (key === 'exemplar' ? undefined : value))) as unknown;
    expect(withoutExemplars(await tallied.getMetricsAsJSON())).toEqual(withoutExemplars(await reference.getMetricsAsJSON()));
  });

  it('shows no series for a label value before its first observation, nor after a reset, as prom-client', async () => {
    const registry = new Registry();
    const histogram = new TallyHistogram({ name: 'latency_seconds', help: 'h', labelName: 'type', buckets, registers: [registry] });
    expect(await registry.metrics()).not.toContain('latency_seconds_count');
    histogram.tally('subtitle_final');
    expect(await registry.metrics()).not.toContain('latency_seconds_count');
    histogram.tally('gap').observe(0.2);
    expect(await registry.metrics()).toContain('latency_seconds_count{type="gap"} 1');
    registry.resetMetrics();
    expect(await registry.metrics()).not.toContain('latency_seconds_count');
    histogram.tally('gap').observe(0.3);
    expect(await registry.metrics()).toContain('latency_seconds_sum{type="gap"} 0.3');
  });
});
