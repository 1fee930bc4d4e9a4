/**
 * The signed-in session. The access token lives in this object only (never in storage); the refresh
 * token is the auth service's HttpOnly cookie, which the browser sends to `/api/auth/v2/auth/*`.
 *
 * The auth service spends a refresh token on first use and revokes the whole family when a spent one
 * comes back, with no grace period. So every refresh goes through one promise at a time in this tab
 * and, where the browser has Web Locks, one at a time across tabs.
 */
import { createAuthClient, ProblemError, unwrap, type AuthClient, type CurrentUser, type LoginResponse } from '../api/sdk.js';
import { serviceBaseUrl } from '../api/gateway.js';

/** Why the person is signed out: shown on the login page. */
export type SignedOutReason = 'expired' | 'reused' | 'signed_out';

export type SessionState =
  { status: 'unknown' } | { status: 'signed_in'; user: CurrentUser } | { status: 'signed_out'; reason?: SignedOutReason };

/** How long before the access token's expiry the session refreshes it. */
const refreshMarginMs = 60_000;
const refreshLockName = 'ilenia-refresh';

export interface AuthSessionOptions {
  client?: AuthClient;
  now?: () => number;
  locks?: Pick<LockManager, 'request'> | undefined;
}

export class AuthSession {
  private readonly client: AuthClient;
  private readonly now: () => number;
  private readonly locks: Pick<LockManager, 'request'> | undefined;
  private accessToken: string | undefined;
  private expiresAt = 0;
  private state: SessionState = { status: 'unknown' };
  private refreshing: Promise<SessionState> | undefined;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscribers = new Set<() => void>();

  constructor(options: AuthSessionOptions = {}) {
    this.client = options.client ?? createAuthClient({ baseUrl: serviceBaseUrl('auth'), credentials: 'same-origin' });
    this.now = options.now ?? Date.now;
    this.locks = 'locks' in options ? options.locks : typeof navigator !== 'undefined' ? navigator.locks : undefined;
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  };

  /** Signs in; throws the ProblemError of a refusal (401 invalid, 429 locked). */
  async signIn(email: string, password: string): Promise<CurrentUser> {
    const signedIn = await unwrap(this.client.loginUser({ body: { email, password } }));
    this.accept(signedIn);
    return signedIn.user;
  }

  /**
   * Refreshes the access token with the cookie: on reload (to learn whether the person is signed in)
   * and before expiry. Concurrent calls share one request.
   */
  refresh(): Promise<SessionState> {
    this.refreshing ??= this.withLock(() => this.refreshOnce()).finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** The current access token, refreshed first when it is about to expire. */
  async currentAccessToken(): Promise<string | undefined> {
    if (this.accessToken && this.now() < this.expiresAt - refreshMarginMs / 2) return this.accessToken;
    if (this.state.status === 'signed_out') return undefined;
    await this.refresh();
    return this.accessToken;
  }

  /** Revokes the refresh token family on the server and forgets the access token. */
  async signOut(): Promise<void> {
    try {
      await this.client.logoutUser();
    } finally {
      this.drop({ status: 'signed_out', reason: 'signed_out' });
    }
  }

  private async refreshOnce(): Promise<SessionState> {
    try {
      this.accept(await unwrap(this.client.refreshAccessToken()));
    } catch (error) {
      if (error instanceof ProblemError && error.status === 401) {
        const wasSignedIn = this.state.status === 'signed_in';
        const reused = error.problem.type.endsWith('/refresh-token-reused');
        // A visitor who never signed in gets no message; a session that ended does.
        this.drop({ status: 'signed_out', reason: reused ? 'reused' : wasSignedIn ? 'expired' : undefined });
      } else if (this.state.status === 'unknown') {
        this.drop({ status: 'signed_out' });
        throw error;
      } else {
        // The auth service could not be reached: keep the session and try again shortly.
        this.schedule(15_000);
        throw error;
      }
    }
    return this.state;
  }

  private accept(signedIn: LoginResponse): void {
    this.accessToken = signedIn.access_token;
    this.expiresAt = this.now() + signedIn.expires_in * 1000;
    this.schedule(Math.max(5_000, signedIn.expires_in * 1000 - refreshMarginMs));
    this.set({ status: 'signed_in', user: signedIn.user });
  }

  private drop(state: SessionState): void {
    this.accessToken = undefined;
    this.expiresAt = 0;
    clearTimeout(this.refreshTimer);
    this.set(state);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh().catch(() => undefined), delayMs);
  }

  private set(state: SessionState): void {
    this.state = state;
    for (const subscriber of this.subscribers) subscriber();
  }

  private withLock<T>(task: () => Promise<T>): Promise<T> {
    return this.locks ? (this.locks.request(refreshLockName, task) as Promise<T>) : task();
  }
}
