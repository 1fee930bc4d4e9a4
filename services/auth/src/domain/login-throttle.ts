import type { Kysely } from 'kysely';
import type { AuthDatabase } from '../db/schema.js';
import { LoginThrottleRepository } from '../repositories/login-throttle.js';
import type { Clock } from './ids.js';

export interface ThrottleSettings {
  maxFailures: number;
  maxFailuresPerIp: number;
  windowSeconds: number;
  lockoutSeconds: number;
}

/**
 * Counts failed attempts per account (email or client id, existing or not, so that a lockout reveals
 * nothing) and per IP, and locks a subject for `lockoutSeconds` once it reaches its limit.
 */
export class AttemptThrottle {
  constructor(
    private readonly db: Kysely<AuthDatabase>,
    private readonly settings: ThrottleSettings,
    private readonly clock: Clock,
  ) {}

  private subjects(account: string, ip: string | null): [string, string][] {
    const subjects: [string, string][] = [[account, 'account']];
    if (ip) subjects.push([`ip:${ip}`, 'ip']);
    return subjects;
  }

  /** Seconds until the account or the IP may try again; undefined when neither is locked. */
  async retryAfter(account: string, ip: string | null): Promise<number | undefined> {
    const now = this.clock();
    const until = await new LoginThrottleRepository(this.db).lockedUntil(this.subjects(account, ip).map(([subject]) => subject), now);
    return until ? Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)) : undefined;
  }

  /** Counts a failure for the account and the IP; answers which of them this failure locked. */
  async recordFailure(account: string, ip: string | null): Promise<{ locked: ('account' | 'ip')[]; lockoutSeconds: number }> {
    const now = this.clock();
    const repository = new LoginThrottleRepository(this.db);
    const locked: ('account' | 'ip')[] = [];
    for (const [subject, kind] of this.subjects(account, ip)) {
      const result = await repository.recordFailure(subject, {
        now,
        windowStart: new Date(now.getTime() - this.settings.windowSeconds * 1000),
        maxFailures: kind === 'account' ? this.settings.maxFailures : this.settings.maxFailuresPerIp,
        lockUntil: new Date(now.getTime() + this.settings.lockoutSeconds * 1000),
      });
      if (result.lockedNow) locked.push(kind as 'account' | 'ip');
    }
    return { locked, lockoutSeconds: this.settings.lockoutSeconds };
  }

  /** A success clears the account's counter (the IP's keeps counting: one IP may try many accounts). */
  async clear(account: string): Promise<void> {
    await new LoginThrottleRepository(this.db).clear(account);
  }
}
