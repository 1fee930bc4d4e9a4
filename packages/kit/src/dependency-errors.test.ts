import { describe, expect, it } from 'vitest';
import { isDependencyUnavailable } from './dependency-errors.js';
import { toHttpProblem } from './problem.js';

describe('a dependency that is down', () => {
  const down = [
    Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    Object.assign(new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:6379'), { code: 'ECONNREFUSED' })]), {}),
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
    new Error('Connection terminated unexpectedly'),
    Object.assign(new Error('Reached the max retries per request limit (which is 2).'), { name: 'MaxRetriesPerRequestError' }),
    new Error('wrapped', { cause: new Error('Connection is closed.') }),
  ];
  it.each(down.map((error) => [error.message, error] as const))('is a 503 with Retry-After, not a 500: %s', (_message, error) => {
    expect(isDependencyUnavailable(error)).toBe(true);
    const problem = toHttpProblem(error);
    expect(problem.status).toBe(503);
    expect(problem.headers['Retry-After']).toMatch(/^\d+$/);
  });

  it('leaves bugs and refused writes alone', () => {
    for (const error of [new TypeError('x is undefined'), Object.assign(new Error('duplicate key'), { code: '23505' }), 'a string', null]) {
      expect(isDependencyUnavailable(error)).toBe(false);
      expect(toHttpProblem(error).status).toBe(500);
    }
  });
});
