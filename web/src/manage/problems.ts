/** What a failed call means for a form: the message under each field, and one for the whole form. */
import { ProblemError, type Problem } from '../api/sdk.js';

export interface FormProblem {
  /** By the body field's JSON pointer without the slash (`title`, `target_languages`). */
  fields: Record<string, string>;
  /** The problem as a sentence when no field carries it (a conflict, a refusal, the network). */
  general?: string;
  status?: number;
  problem?: Problem;
}

export function formProblem(error: unknown, networkMessage: string): FormProblem {
  if (!(error instanceof ProblemError)) return { fields: {}, general: networkMessage };
  const fields: Record<string, string> = {};
  for (const issue of error.problem.errors ?? []) {
    if (issue.location !== 'body') continue;
    const field = (issue.path ?? '').replace(/^\//, '').split('/')[0] || '';
    if (field && !fields[field]) fields[field] = issue.message;
  }
  const general = Object.keys(fields).length > 0 ? undefined : (error.problem.detail ?? error.problem.title);
  return { fields, general, status: error.status, problem: error.problem };
}

export function isStale(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 412;
}

/** The `If-Match` of an event read at `version` (its `ETag` is `"<version>"`). */
export function ifMatch(version: number): string {
  return `"${version}"`;
}
