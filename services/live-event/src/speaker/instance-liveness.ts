import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * Which live-event instances are alive, so that a session whose owner died is taken over at once (the
 * speaker's `session_resume`, or the same speaker's new session) instead of after the sweeper's
 * staleness margin. Every session row carries the id of the instance that runs it (`owner_instance`).
 */
export interface InstanceLiveness {
  /** This instance's id (new for every process). */
  readonly instanceId: string;
  /**
   * Whether the instance that owns a session is alive. A row without an owner (from before owners, or
   * let go) has none alive. Rejects when it cannot be known (Redis unreachable): the caller then
   * treats the owner as alive, since two owners are worse than a late takeover.
   */
  isAlive(instanceId: string | null): Promise<boolean>;
  /** Starts saying this instance is alive. */
  start(): Promise<void>;
  /** This instance is going away: its sessions are anybody's from now on. */
  stop(): Promise<void>;
}

/** Instances alive in this process (one per process in production; several in tests). */
const aliveHere = new Set<string>();

/**
 * Without Redis, tickets and subtitles stay in one process, so one instance serves the whole service:
 * any owner but a live instance of this process is dead (a killed predecessor, whatever its stamp).
 */
export function inProcessLiveness(): InstanceLiveness {
  const instanceId = randomUUID();
  return {
    instanceId,
    isAlive: (owner) => Promise.resolve(owner !== null && aliveHere.has(owner)),
    start() {
      aliveHere.add(instanceId);
      return Promise.resolve();
    },
    stop() {
      aliveHere.delete(instanceId);
      return Promise.resolve();
    },
  };
}

export interface RedisLivenessOptions {
  /** Prefix of the liveness keys (`<prefix><instance id>`). */
  keyPrefix: string;
  /** How often the instance renews its key. */
  heartbeatMs: number;
  /** How long the key outlives its last renewal: an owner silent this long is dead. */
  staleAfterMs: number;
  logger: Logger;
}

/**
 * With Redis (several instances), each instance keeps a key that expires `staleAfterMs` after its last
 * renewal: a process that died without a shutdown is dead once its key has expired, one that stopped
 * deletes its key at once.
 */
export function redisLiveness(redis: Redis, options: RedisLivenessOptions): InstanceLiveness {
  const instanceId = randomUUID();
  const key = (id: string) => `${options.keyPrefix}${id}`;
  let timer: NodeJS.Timeout | undefined;
  const renew = async () => {
    try {
      await redis.set(key(instanceId), '1', 'PX', options.staleAfterMs);
    } catch (error) {
      options.logger.warn({ err: { message: (error as Error).message } }, "renewing this instance's liveness key failed");
    }
  };
  return {
    instanceId,
    async isAlive(owner) {
      if (owner === null) return false;
      if (owner === instanceId) return timer !== undefined;
      return (await redis.exists(key(owner))) === 1;
    },
    async start() {
      await renew();
      timer = setInterval(() => void renew(), options.heartbeatMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await redis.del(key(instanceId)).catch(() => {});
    },
  };
}
