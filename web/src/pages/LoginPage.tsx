/** `/{lang}/login`: email and password; afterwards back to the page the visitor was going to. */
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ProblemError } from '../api/sdk.js';
import { useAuthSession, useSessionState } from '../auth/AuthProvider.js';
import { uiLanguages, useI18n, type MessageKey } from '../i18n/i18n.js';

const reasonMessages: Record<string, MessageKey> = { expired: 'login.expired', reused: 'login.reused', signed_out: 'login.signedOut' };

/** Only a path of this app may be the place to go back to (never another origin). */
function safeNext(next: string | null, language: string): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : `/${language}/`;
}

export function LoginPage() {
  const { language, t } = useI18n();
  const session = useAuthSession();
  const state = useSessionState();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = safeNext(search.get('next'), language);
  const reason = search.get('reason');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);

  if (state.status === 'signed_in' && !submitting) return <Navigate to={next} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    try {
      await session.signIn(email, password);
      void navigate(next, { replace: true });
    } catch (failure) {
      setError(loginFailureMessage(failure, t));
    } finally {
      setSubmitting(false);
    }
  }

  const notice = reason && reasonMessages[reason] ? t(reasonMessages[reason]) : undefined;
  return (
    <main className="mx-auto flex min-h-screen w-full max-w-sm flex-col justify-center gap-4 p-6" lang={language}>
      <nav aria-label={t('app.language')} className="flex justify-end gap-1">
        {uiLanguages.map((other) => (
          <Link
            key={other}
            to={`/${other}/login?${search.toString()}`}
            lang={other}
            aria-current={other === language ? 'true' : undefined}
            className={`rounded px-2 py-1 text-sm uppercase ${other === language ? 'bg-slate-800 text-white' : 'underline'}`}
          >
            {other}
          </Link>
        ))}
      </nav>
      <h1 className="text-2xl font-semibold">
        {t('app.name')} · {t('login.title')}
      </h1>
      {notice && (
        <p role="status" className="rounded border border-amber-500 bg-amber-50 p-3 text-amber-900">
          {notice}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-3" noValidate={false}>
        <label className="flex flex-col gap-1">
          <span>{t('login.email')}</span>
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            className="rounded border border-slate-400 px-3 py-2"
          />
        </label>
        <label className="flex flex-col gap-1">
          <span>{t('login.password')}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className="rounded border border-slate-400 px-3 py-2"
          />
        </label>
        {error && (
          <p role="alert" className="rounded border border-red-600 bg-red-50 p-3 text-red-900">
            {error}
          </p>
        )}
        <button type="submit" disabled={submitting} className="rounded bg-slate-800 px-4 py-2 font-medium text-white disabled:opacity-60">
          {submitting ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
      {import.meta.env.DEV && <p className="text-sm text-slate-600">{t('login.demoHint')}</p>}
    </main>
  );
}

function loginFailureMessage(failure: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (failure instanceof ProblemError) {
    if (failure.status === 401) return t('login.invalid');
    if (failure.status === 429) return t('login.locked', { seconds: failure.response.headers.get('Retry-After') ?? '60' });
    return t('login.failed', { status: failure.status });
  }
  return t('login.unreachable');
}
