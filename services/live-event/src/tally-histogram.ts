/**
 * A Prometheus histogram for the fan-out's hot path. prom-client's labelled `observe` converts,
 * validates and hashes the labels on every call; a subtitle handed to 10,000 listeners is 10,000
 * observations, so here each label value has its own tally (a few array increments per observation),
 * and the exposition is built from the tallies when the registry is scraped: the same series, in
 * the same format, as prom-client's `Histogram` with the same name, labels and buckets.
 */
import { Histogram, type MetricObjectWithValues, type MetricValueWithName, type Registry } from 'prom-client';

/** The observations of one label value. */
export class HistogramTally {
  /** Per bucket, the observations at or below its bound and above the previous one (not cumulative). */
  readonly counts: number[];
  sum = 0;
  count = 0;

  constructor(private readonly upperBounds: readonly number[]) {
    this.counts = upperBounds.map(() => 0);
  }

  observe(value: number): void {
    this.sum += value;
    this.count += 1;
    const bounds = this.upperBounds;
    for (let index = 0; index < bounds.length; index += 1) {
      if (value <= bounds[index]!) {
        this.counts[index]! += 1;
        return;
      }
    }
  }
}

export class TallyHistogram<LabelName extends string> extends Histogram<LabelName> {
  private readonly tallies = new Map<string, HistogramTally>();

  constructor(
    private readonly options: { name: string; help: string; labelName: LabelName; buckets: readonly number[]; registers: Registry[] },
  ) {
    super({
      name: options.name,
      help: options.help,
      labelNames: [options.labelName],
      buckets: [...options.buckets],
      registers: options.registers,
    });
  }

  /** The tally of one label value; look it up once and observe on it. */
  tally(labelValue: string): HistogramTally {
    let tally = this.tallies.get(labelValue);
    if (!tally) {
      tally = new HistogramTally(this.options.buckets);
      this.tallies.set(labelValue, tally);
    }
    return tally;
  }

  override get(): Promise<MetricObjectWithValues<MetricValueWithName<string>>> {
    return this.getForPromString();
  }

  /** What the registry formats at a scrape (prom-client asks for this rather than `get` when a metric has it). */
  getForPromString(): Promise<MetricObjectWithValues<MetricValueWithName<string>>> {
    const { name, labelName, buckets } = this.options;
    const values: MetricValueWithName<string>[] = [];
    for (const [labelValue, tally] of this.tallies) {
      // As prom-client: a label value never observed (or not since a reset) has no series.
      if (tally.count === 0) continue;
      let cumulative = 0;
      buckets.forEach((bound, index) => {
        cumulative += tally.counts[index]!;
        values.push({ labels: { le: bound, [labelName]: labelValue }, value: cumulative, metricName: `${name}_bucket` });
      });
      values.push({ labels: { le: '+Inf', [labelName]: labelValue }, value: tally.count, metricName: `${name}_bucket` });
      values.push({ labels: { [labelName]: labelValue }, value: tally.sum, metricName: `${name}_sum` });
      values.push({ labels: { [labelName]: labelValue }, value: tally.count, metricName: `${name}_count` });
    }
    // prom-client's own histograms answer this shape at run time (`type` the string 'histogram'); its
    // typings name an enum and a `collect` that its registry does not read.
    const metric = { name, help: this.options.help, type: 'histogram', aggregator: 'sum', values };
    return Promise.resolve(metric as unknown as MetricObjectWithValues<MetricValueWithName<string>>);
  }

  override reset(): void {
    super.reset();
    // prom-client's constructor calls reset() before this class's fields exist.
    const tallies = this.tallies as Map<string, HistogramTally> | undefined;
    if (!tallies) return;
    for (const tally of tallies.values()) {
      tally.counts.fill(0);
      tally.sum = 0;
      tally.count = 0;
    }
  }
}
