/**
 * Typed reading of answers' bodies in tests. supertest types `response.body` as `any`, which lets a
 * test read a field the API never sends without a word from the compiler; these name what the test
 * expects instead, once, where it reads the body.
 */
import type { ProblemBody } from '../problem.js';

/** An answer's JSON body as the type the test expects (e.g. a generated `components['schemas']` type). */
export function bodyOf<Body>(answer: { body: unknown }): Body {
  return answer.body as Body;
}

/** An answer's RFC 9457 Problem; throws (failing the test) when the body is not one. */
export function problemOf(answer: { body: unknown }): ProblemBody {
  const body = answer.body as Partial<Record<keyof ProblemBody, unknown>> | null | undefined;
  if (typeof body?.type !== 'string' || typeof body.title !== 'string' || typeof body.status !== 'number') {
    throw new Error(`Expected a Problem (type, title, status), got ${JSON.stringify(answer.body)}`);
  }
  return body as ProblemBody;
}
