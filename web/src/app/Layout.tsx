/** The frame of the signed-in pages: the app's name, the interface language, sign-out. */
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuthSession, useSessionState } from '../auth/AuthProvider.js';
import { uiLanguages, useI18n } from '../i18n/i18n.js';

export function Layout() {
  const { language, t } = useI18n();
  const session = useAuthSession();
  const state = useSessionState();
  const location = useLocation();
  const navigate = useNavigate();
  const rest = location.pathname.replace(/^\/[^/]+/, '');

  async function signOut() {
    await session.signOut().catch(() => undefined);
    void navigate(`/${language}/login?reason=signed_out`, { replace: true });
  }

  return (
    <div className="min-h-screen flex flex-col" lang={language}>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2 focus:bg-white">
        {t('app.skipToContent')}
      </a>
      <header className="flex flex-wrap items-center gap-3 border-b border-slate-300 px-4 py-2 print:hidden" data-app-header>
        <Link to={`/${language}/`} className="text-lg font-semibold">
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.language')} className="ml-auto flex gap-1">
          {uiLanguages.map((other) => (
            <Link
              key={other}
              to={`/${other}${rest}${location.search}`}
              aria-current={other === language ? 'true' : undefined}
              className={`rounded px-2 py-1 text-sm uppercase ${other === language ? 'bg-slate-800 text-white' : 'underline'}`}
              lang={other}
            >
              {other}
            </Link>
          ))}
        </nav>
        {state.status === 'signed_in' && (
          <button type="button" onClick={() => void signOut()} className="rounded border border-slate-400 px-3 py-1 text-sm">
            {t('app.signOut')}
          </button>
        )}
      </header>
      <main id="main" className="flex-1 flex flex-col">
        <Outlet />
      </main>
    </div>
  );
}
