/** Makes the session available to the app, restores it on load, and guards the signed-in routes. */
import { createContext, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { Navigate, useLocation, useParams } from 'react-router';
import { AuthSession, type SessionState } from './session.js';
import { useT } from '../i18n/i18n.js';

const AuthContext = createContext<AuthSession | undefined>(undefined);

export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  useEffect(() => {
    // On load (and reload) the cookie tells whether the person is still signed in.
    if (session.getState().status === 'unknown') void session.refresh().catch(() => undefined);
  }, [session]);
  return <AuthContext.Provider value={session}>{children}</AuthContext.Provider>;
}

export function useAuthSession(): AuthSession {
  const session = useContext(AuthContext);
  if (!session) throw new Error('useAuthSession needs an AuthProvider');
  return session;
}

export function useSessionState(): SessionState {
  const session = useAuthSession();
  return useSyncExternalStore(session.subscribe, session.getState, session.getState);
}

/** Shows its children when signed in; otherwise sends the visitor to login and back here afterwards. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const state = useSessionState();
  const location = useLocation();
  const { lang } = useParams();
  const t = useT();
  if (state.status === 'unknown')
    return (
      <p className="p-6" role="status">
        {t('app.loading')}
      </p>
    );
  if (state.status === 'signed_out') {
    const next = `${location.pathname}${location.search}${location.hash}`;
    const search = new URLSearchParams({ next });
    if (state.reason) search.set('reason', state.reason);
    return <Navigate to={`/${lang ?? 'en'}/login?${search.toString()}`} replace />;
  }
  return <>{children}</>;
}
