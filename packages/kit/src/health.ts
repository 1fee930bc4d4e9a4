import { platformVersion } from './version.js';
import type { HandlerContext, OperationResult } from './openapi/operation.js';

/** One dependency check for `/ready`: resolves with optional details, throws when the dependency is down. */
export type ReadinessProbe = () => Promise<{ detail?: string; info?: Record<string, unknown> } | void>;

/** One dependency's line in `/ready`'s `checks`. */
interface ReadinessCheck {
  status: 'up' | 'down';
  latency_ms: number;
  detail?: string;
  info?: Record<string, unknown>;
}

const startedAt = Date.now();

/**
 * The `getHealth` and `getReadiness` handlers every spec declares (common/paths/health.yaml and
 * ready.yaml). Readiness runs every probe in parallel with a timeout, and answers 503 if any is down.
 */
export function healthHandlers(
  service: { name: string; version?: string },
  probes: Readonly<Record<string, ReadinessProbe>>,
  timeoutMs = 2_000,
) {
  return {
    getHealth: (_input: unknown, _context: HandlerContext) => ({
      status: 200 as const,
      body: {
        status: 'ok' as const,
        service: service.name,
        version: service.version ?? platformVersion,
        uptime_seconds: (Date.now() - startedAt) / 1000,
      },
      headers: { 'Cache-Control': 'no-store' },
    }),
    getReadiness: async (_input: unknown, _context: HandlerContext) => {
      const entries = await Promise.all(
        Object.entries(probes).map(async ([name, probe]): Promise<[string, ReadinessCheck]> => {
          const started = performance.now();
          try {
            const result = await withTimeout(probe(), timeoutMs);
            return [name, { status: 'up', latency_ms: round(performance.now() - started), ...(result ?? {}) }];
          } catch (error) {
            return [
              name,
              {
                status: 'down',
                latency_ms: round(performance.now() - started),
                detail: error instanceof Error ? error.message : String(error),
              },
            ];
          }
        }),
      );
      const checks = Object.fromEntries(entries);
      const ready = entries.every(([, check]) => check.status === 'up');
      return {
        status: ready ? (200 as const) : (503 as const),
        body: { status: ready ? ('ready' as const) : ('not_ready' as const), checks },
        headers: { 'Cache-Control': 'no-store' },
      } satisfies OperationResult;
    },
  };
}

function round(milliseconds: number): number {
  return Math.round(milliseconds * 10) / 10;
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
