import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createAuthClient } from '../api/sdk.js';
import { AuthProvider, RequireSignIn } from '../auth/AuthProvider.js';
import { AuthSession } from '../auth/session.js';
import { I18nProvider } from '../i18n/i18n.js';
import { fakeFetch, json, on } from '../test/fake-api.js';
import { LoginPage } from './LoginPage.js';

const user = { id: 'u1', email: 'listener1@ilenia.dev', display_name: 'Lena Listener', status: 'active', roles: [], permissions: [] };

function Where() {
  const location = useLocation();
  return <p data-testid="where">{location.pathname}</p>;
}

function renderApp(path: string) {
  const { fetch } = fakeFetch(
    on('POST', /\/v2\/auth\/refresh$/, () =>
      json(401, { type: 'https://ilenia.dev/problems/unauthorized', title: 'Authentication required', status: 401 }),
    ),
    on('POST', /\/v2\/auth\/login$/, async (request) => {
      const body = (await request.json()) as { password: string };
      return body.password === 'ilenia-demo-2026'
        ? json(200, { access_token: 'token', token_type: 'Bearer', expires_in: 900, refresh_expires_in: 3600, user })
        : json(401, { type: 'https://ilenia.dev/problems/invalid-credentials', title: 'Invalid credentials', status: 401 });
    }),
  );
  const session = new AuthSession({ client: createAuthClient({ baseUrl: 'http://localhost:5173/api/auth', fetch }), locks: undefined });
  const [lang] = path.split('/').filter(Boolean);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AuthProvider session={session}>
        <MemoryRouter initialEntries={[path]}>
          <I18nProvider language={lang === 'es' ? 'es' : 'en'}>
            <Routes>
              <Route path=":lang/login" element={<LoginPage />} />
              <Route
                path=":lang/listen/:eventId"
                element={
                  <RequireSignIn>
                    <Where />
                  </RequireSignIn>
                }
              />
            </Routes>
          </I18nProvider>
        </MemoryRouter>
      </AuthProvider>
    </QueryClientProvider>,
  );
}

describe('signing in', () => {
  it('sends a signed-out visitor of a deep link to login, and back there after signing in', async () => {
    renderApp('/en/listen/e1');
    await userEvent.type(await screen.findByLabelText('Email'), 'listener1@ilenia.dev');
    await userEvent.type(screen.getByLabelText('Password'), 'ilenia-demo-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByTestId('where')).textContent).toBe('/en/listen/e1');
  });

  it('says so, in the interface language, when the password is wrong', async () => {
    renderApp('/es/login');
    await userEvent.type(await screen.findByLabelText('Correo electrónico'), 'listener1@ilenia.dev');
    await userEvent.type(screen.getByLabelText('Contraseña'), 'wrong password');
    await userEvent.click(screen.getByRole('button', { name: 'Entrar' }));
    expect((await screen.findByRole('alert')).textContent).toBe('El correo o la contraseña no son correctos.');
  });
});
