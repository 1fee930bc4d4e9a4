import { randomUUID } from 'node:crypto';
import { HttpProblem, problems, problemTypes } from '@ilenia/kit';
import { hashOpaqueToken, newOpaqueToken } from '../crypto/opaque-tokens.js';
import { RefreshTokenRepository } from '../repositories/refresh-tokens.js';
import { UserRepository } from '../repositories/users.js';
import type { RequestOrigin } from './audit-log.js';
import type { AuthDependencies } from './dependencies.js';
import { narrowAudiences, reachableByUser } from './token-audiences.js';
import { emailSubject, type UserView } from './user-directory.js';

/** The refresh cookie: HttpOnly (scripts never see it), Secure, SameSite=Strict, sent only to /v2/auth. */
export const refreshCookieName = 'ilenia_refresh';
const cookieAttributes = 'Path=/v2/auth; HttpOnly; Secure; SameSite=Strict';

export function setRefreshCookie(token: string, maxAgeSeconds: number): string {
  return `${refreshCookieName}=${token}; Max-Age=${maxAgeSeconds}; ${cookieAttributes}`;
}

export const clearRefreshCookie = `${refreshCookieName}=; Max-Age=0; ${cookieAttributes}`;

/** A signed-in session's credentials: the access token, and the refresh token for the cookie. */
export interface SignedIn {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
  user: UserView;
}

/** Why a refresh was refused: the cookie names nothing alive, or a spent token came back. */
export class RefreshRejected extends HttpProblem {
  constructor(readonly reason: 'invalid' | 'reused') {
    super(
      reason === 'reused'
        ? {
            status: 401,
            type: 'https://ilenia.dev/problems/refresh-token-reused',
            title: 'Refresh token reused',
            detail: 'This refresh token was already used; the session has been revoked on every device. Sign in again.',
            headers: { 'Set-Cookie': clearRefreshCookie },
          }
        : {
            status: 401,
            type: problemTypes.unauthorized,
            title: 'Authentication required',
            detail: 'The session has expired or was signed out; sign in again.',
            headers: { 'Set-Cookie': clearRefreshCookie },
          },
    );
  }
}

const badCredentials = 'The email or password is wrong, or the account cannot sign in.';

/**
 * Sign-in with email and password. Every failure (unknown email, wrong password, disabled account)
 * costs one scrypt verification and answers the same 401; the audit log keeps the real reason.
 */
export async function login(
  deps: AuthDependencies,
  credentials: { email: string; password: string },
  origin: RequestOrigin,
  resources?: readonly string[],
): Promise<SignedIn> {
  const email = credentials.email.toLowerCase();
  const account = emailSubject(email);
  const users = new UserRepository(deps.db);
  const retryAfter = await deps.throttle.retryAfter(account, origin.clientIp);
  if (retryAfter !== undefined) {
    const user = await users.findByEmail(email);
    await deps.audit.record(origin, {
      type: 'login_failed',
      outcome: 'failure',
      actor: { kind: 'user', id: user?.id ?? null },
      target: user ? { type: 'user', id: user.id } : null,
      details: { email, reason: 'throttled' },
    });
    throw problems.tooManyRequests(`Too many failed sign-ins; try again in ${retryAfter} seconds.`, retryAfter);
  }

  const user = await users.findByEmail(email);
  const passwordMatches = await deps.passwords.verify(credentials.password, user?.password_hash);
  if (!user || !passwordMatches || user.status !== 'active') {
    const reason = !user ? 'unknown_email' : !passwordMatches ? 'bad_credentials' : 'account_disabled';
    const actor = { kind: 'user' as const, id: user?.id ?? null };
    const target = user ? { type: 'user' as const, id: user.id } : null;
    await deps.audit.record(origin, { type: 'login_failed', outcome: 'failure', actor, target, details: { email, reason } });
    for (const delay of await deps.throttle.recordFailure(account, origin.clientIp)) {
      await deps.audit.record(origin, {
        type: 'login_throttled',
        outcome: 'failure',
        actor,
        target,
        details: { email, scope: delay.scope, failures: delay.failures, retry_after_seconds: delay.retryAfterSeconds },
      });
    }
    throw problems.unauthorized(badCredentials, null);
  }

  await deps.throttle.clear(account, origin.clientIp);
  const now = deps.clock();
  // Hashes made with weaker parameters are upgraded while the password is at hand.
  const upgradedHash = deps.passwords.needsRehash(user.password_hash) ? await deps.passwords.hash(credentials.password) : undefined;
  // A `resource` the user cannot reach refuses the sign-in before anything is recorded.
  if (resources) await audiencesOfUser(deps, user.id, { resources });
  await users.recordLogin(user.id, now, upgradedHash);
  const signedIn = await startSession(deps, user.id, now, resources);
  await deps.audit.record(origin, {
    type: 'login_succeeded',
    outcome: 'success',
    actor: { kind: 'user', id: user.id },
    target: { type: 'user', id: user.id },
    details: { email, session_id: signedIn.sessionId },
  });
  return signedIn;
}

/**
 * Starts a refresh token family for a user who just proved their password. With `resources`, the
 * session is narrowed to them for its whole life; the access token is made first, so that a resource
 * the user cannot reach (`InvalidTarget`) stores nothing.
 */
async function startSession(
  deps: AuthDependencies,
  userId: string,
  authTime: Date,
  resources: readonly string[] | undefined,
): Promise<SignedIn & { sessionId: string }> {
  const sessionId = randomUUID();
  const access = await accessFor(deps, userId, sessionId, authTime, { resources });
  const refreshToken = newOpaqueToken('rt_');
  const expiresAt = new Date(authTime.getTime() + deps.config.refreshTtlSeconds * 1000);
  await deps.db.transaction().execute(async (transaction) => {
    const repository = new RefreshTokenRepository(transaction);
    await repository.createFamily({ id: sessionId, userId, authTime, expiresAt, audiences: resources ? access.audiences : null });
    await repository.insertToken({ id: randomUUID(), familyId: sessionId, tokenHash: hashOpaqueToken(refreshToken), at: authTime });
  });
  return { sessionId, refreshToken, refreshExpiresIn: deps.config.refreshTtlSeconds, ...access };
}

/** The audiences a user's token gets: those their permissions need, narrowed by `resources`, within `ceiling`. */
async function audiencesOfUser(
  deps: AuthDependencies,
  userId: string,
  narrowing: { resources?: readonly string[]; ceiling?: readonly string[] },
) {
  const user = await new UserRepository(deps.db).findById(userId);
  if (!user) throw new RefreshRejected('invalid');
  const { view, claims } = await deps.directory.viewAndClaims(user);
  return { view, claims, audiences: narrowAudiences({ reachable: reachableByUser(claims.permissions), ...narrowing }) };
}

async function accessFor(
  deps: AuthDependencies,
  userId: string,
  sessionId: string,
  authTime: Date,
  narrowing: { resources?: readonly string[] | undefined; ceiling?: readonly string[] | undefined },
) {
  const { view, claims, audiences } = await audiencesOfUser(deps, userId, {
    ...(narrowing.resources ? { resources: narrowing.resources } : {}),
    ...(narrowing.ceiling ? { ceiling: narrowing.ceiling } : {}),
  });
  const { token, expiresIn } = await deps.tokens.issueForUser({ id: userId, ...claims, sessionId, authTime, audiences });
  return { accessToken: token, expiresIn, user: view, audiences };
}

/**
 * Rotates a refresh token: the presented one is spent and a new one of the same family issued, in
 * one transaction. A spent token presented again (a copy, or the loser of a race) revokes the
 * whole family and is audited; the session's end never moves.
 */
export async function refresh(
  deps: AuthDependencies,
  presented: string,
  origin: RequestOrigin,
  resources?: readonly string[],
): Promise<SignedIn> {
  const now = deps.clock();
  // A `resource` outside the session or out of the user's reach is refused before the token is spent,
  // so the refused client keeps its cookie.
  const narrowed = resources ? await narrowedSession(deps, presented, resources) : undefined;
  const outcome = await deps.db.transaction().execute(async (transaction) => {
    const repository = new RefreshTokenRepository(transaction);
    const token = await repository.findByHash(hashOpaqueToken(presented));
    if (!token) return { kind: 'invalid' as const };
    const reuse = async () => {
      await repository.revokeFamily(token.family_id, now, 'refresh_reused');
      await deps.audit.record(
        origin,
        {
          type: 'refresh_reused',
          outcome: 'failure',
          actor: { kind: 'user', id: token.user_id },
          target: { type: 'user', id: token.user_id },
          details: { session_id: token.family_id },
        },
        transaction,
      );
      return { kind: 'reused' as const };
    };
    if (token.rotated_at) return reuse();
    if (token.revoked_at || token.expires_at.getTime() <= now.getTime()) return { kind: 'invalid' as const };
    const user = await new UserRepository(transaction).findById(token.user_id);
    if (!user || user.status !== 'active') {
      await repository.revokeFamily(token.family_id, now, 'user_disabled');
      return { kind: 'invalid' as const };
    }
    if (!(await repository.markRotated(token.token_id, now))) return reuse();
    if (narrowed) await repository.narrowAudiences(token.family_id, narrowed);
    const next = newOpaqueToken('rt_');
    await repository.insertToken({ id: randomUUID(), familyId: token.family_id, tokenHash: hashOpaqueToken(next), at: now });
    return { kind: 'rotated' as const, next, token };
  });
  if (outcome.kind !== 'rotated') throw new RefreshRejected(outcome.kind);
  const { token, next } = outcome;
  const refreshExpiresIn = Math.max(0, Math.floor((token.expires_at.getTime() - now.getTime()) / 1000));
  const ceiling = narrowed ?? token.audiences ?? undefined;
  return { refreshToken: next, refreshExpiresIn, ...(await accessFor(deps, token.user_id, token.family_id, token.auth_time, { ceiling })) };
}

/**
 * The audiences a refresh with `resources` narrows its session to (throws `InvalidTarget`), or
 * undefined when the cookie names no live session (the refresh itself then refuses it).
 */
async function narrowedSession(deps: AuthDependencies, presented: string, resources: readonly string[]): Promise<string[] | undefined> {
  const token = await new RefreshTokenRepository(deps.db).findByHash(hashOpaqueToken(presented));
  if (!token) return undefined;
  const user = await new UserRepository(deps.db).findById(token.user_id);
  if (!user) return undefined;
  const { audiences } = await audiencesOfUser(deps, token.user_id, { resources, ...(token.audiences ? { ceiling: token.audiences } : {}) });
  return audiences;
}

/** Revokes the cookie's family, if it names one; idempotent. */
export async function logout(deps: AuthDependencies, presented: string | undefined, origin: RequestOrigin): Promise<void> {
  if (!presented) return;
  const repository = new RefreshTokenRepository(deps.db);
  const token = await repository.findByHash(hashOpaqueToken(presented));
  if (!token) return;
  if (await repository.revokeFamily(token.family_id, deps.clock(), 'logout')) {
    await deps.audit.record(origin, {
      type: 'logout',
      outcome: 'success',
      actor: { kind: 'user', id: token.user_id },
      target: { type: 'user', id: token.user_id },
      details: { session_id: token.family_id },
    });
  }
}
