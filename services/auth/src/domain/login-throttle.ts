import type { Kysely } from 'kysely';
import type { AuthDatabase } from '../db/schema.js';
import { LoginThrottleRepository, pairSeparator } from '../repositories/login-throttle.js';
import type { Clock } from './ids.js';

export interface ThrottleSettings {
  /** Failures of one account from one address before it must wait. */
  maxFailures: number;
  /** Failures of one address (any accounts) before it must wait `lockoutSeconds`. */
  maxFailuresPerIp: number;
  windowSeconds: number;
  /** The longest delay: where the progressive delay stops doubling, and the delay of an address. */
  lockoutSeconds: number;
}

/** The first delay of an account from one address; it doubles with every further failure. */
const firstDelaySeconds = 30;

/** A delay a failure started: for the account from this address, or for the address. */
export interface Throttled {
  scope: 'account_ip' | 'ip';
  failures: number;
  retryAfterSeconds: number;
}

/**
 * Counts failed attempts per account (email or client id, existing or not, so that a delay reveals
 * nothing) from one address, and per address. Nothing is keyed on the account alone: failures from
 * other addresses never delay anyone, so strangers cannot lock an account or a client out. An account
 * from one address waits 30 s after its `maxFailures`th failure, doubling to at most `lockoutSeconds`;
 * an address waits `lockoutSeconds` after `maxFailuresPerIp` failures.
 */
export class AttemptThrottle {
  constructor(
    private readonly db: Kysely<AuthDatabase>,
    private readonly settings: ThrottleSettings,
    private readonly clock: Clock,
  ) {}

  private subjects(account: string, ip: string | null): { pair: string; address: string } {
    const address = ip ?? 'unknown';
    return { pair: `${account}${pairSeparator}${address}`, address: `ip:${address}` };
  }

  /** Seconds until the account may try again from this address; undefined when it may now. */
  async retryAfter(account: string, ip: string | null): Promise<number | undefined> {
    const now = this.clock();
    const { pair, address } = this.subjects(account, ip);
    const until = await new LoginThrottleRepository(this.db).lockedUntil([pair, address], now);
    return until ? Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)) : undefined;
  }

  /** Counts a failure of the account from this address; answers the delays it started. */
  async recordFailure(account: string, ip: string | null): Promise<Throttled[]> {
    const now = this.clock();
    const repository = new LoginThrottleRepository(this.db);
    const windowStart = new Date(now.getTime() - this.settings.windowSeconds * 1000);
    const { pair, address } = this.subjects(account, ip);
    const throttled: Throttled[] = [];
    const pairFailures = await repository.recordFailure(pair, { now, windowStart });
    if (pairFailures >= this.settings.maxFailures) {
      const doublings = Math.min(pairFailures - this.settings.maxFailures, 20);
      const seconds = Math.min(this.settings.lockoutSeconds, firstDelaySeconds * 2 ** doublings);
      await repository.delayUntil(pair, new Date(now.getTime() + seconds * 1000));
      throttled.push({ scope: 'account_ip', failures: pairFailures, retryAfterSeconds: seconds });
    }
    const addressFailures = await repository.recordFailure(address, { now, windowStart });
    if (addressFailures >= this.settings.maxFailuresPerIp) {
      await repository.delayUntil(address, new Date(now.getTime() + this.settings.lockoutSeconds * 1000));
      throttled.push({ scope: 'ip', failures: addressFailures, retryAfterSeconds: this.settings.lockoutSeconds });
    }
    return throttled;
  }

  /** A success clears the account's counter from this address (the address's keeps counting: one address may try many accounts). */
  async clear(account: string, ip: string | null): Promise<void> {
    await new LoginThrottleRepository(this.db).clear(this.subjects(account, ip).pair);
  }

  /** An administrator's unlock: the account's counters from every address go; answers how many. */
  async unlock(account: string): Promise<number> {
    return new LoginThrottleRepository(this.db).clearAccount(account);
  }
}
