import type { Logger } from 'pino';
import type { AgentFinal, FinalSink } from './contract.js';

export interface FinalStoreOptions {
  /** First wait after a failed save; doubles up to {@link maxRetryDelayMs}. */
  firstRetryDelayMs?: number;
  maxRetryDelayMs?: number;
}

/**
 * The agent's finals on their way to the service's storage: saved one at a time in the order they
 * were published, each retried with backoff until the sink takes it. Captions never wait for it (a
 * database that is down delays the transcript, not the listeners); nothing is dropped, and what is
 * still waiting when the agent stops is drained by {@link drain} or named in the log by {@link abandon}.
 */
export class FinalStore {
  private readonly waiting: AgentFinal[] = [];
  private saving: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private abandoned = false;
  private readonly firstRetryDelayMs: number;
  private readonly maxRetryDelayMs: number;

  constructor(
    private readonly sink: FinalSink,
    private readonly logger: Logger,
    options: FinalStoreOptions = {},
  ) {
    this.firstRetryDelayMs = options.firstRetryDelayMs ?? 100;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 5_000;
  }

  /** Finals not saved yet. */
  get pending(): number {
    return this.waiting.length;
  }

  add(final: AgentFinal): void {
    this.waiting.push(final);
    this.saving ??= this.saveAll().finally(() => {
      this.saving = undefined;
    });
  }

  /** Resolves once every final added so far is saved. */
  async drain(): Promise<void> {
    while (this.saving) await this.saving;
  }

  /** Stops retrying (the agent's stop deadline passed): what is left is logged, sequence by sequence. */
  abandon(): void {
    this.abandoned = true;
    this.wake?.();
    if (this.waiting.length > 0) {
      this.logger.error(
        { finals: this.waiting.map(({ sequence, language }) => `${sequence}:${language}`) },
        'finals could not be saved before the agent stopped',
      );
    }
  }

  private async saveAll(): Promise<void> {
    let delay = this.firstRetryDelayMs;
    let failures = 0;
    while (this.waiting.length > 0 && !this.abandoned) {
      const final = this.waiting[0]!;
      try {
        await this.sink.saveFinal(final);
        this.waiting.shift();
        if (failures > 0) this.logger.info({ sequence: final.sequence, language: final.language, failures }, 'saving finals works again');
        failures = 0;
        delay = this.firstRetryDelayMs;
      } catch (error) {
        failures += 1;
        if (failures === 1)
          this.logger.warn(
            { err: error, sequence: final.sequence, language: final.language, pending: this.waiting.length },
            'saving a final failed; retrying',
          );
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = undefined;
        delay = Math.min(this.maxRetryDelayMs, delay * 2);
      }
    }
  }
}
