/**
 * Every route, with the interface language first (`/en/...`, `/es/...`). Deep links work on reload:
 * a signed-out visitor is sent to login and back.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { RequireSignIn } from '../auth/AuthProvider.js';
import { ListenView, SpeakView } from '../broadcast/mode.js';
import { I18nProvider, isUiLanguage, preferredUiLanguage, useT } from '../i18n/i18n.js';
import { HomePage } from '../pages/HomePage.js';
import { LoginPage } from '../pages/LoginPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { Layout } from './Layout.js';

// The manager view is its own chunk: listeners and speakers never download it.
const ManagePage = lazy(() => import('../manage/ManagePage.js'));

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to={`/${preferredUiLanguage()}/`} replace />} />
      <Route path="/:lang/*" element={<LanguageRoutes />} />
    </Routes>
  );
}

function LanguageRoutes() {
  const { lang } = useParams();
  const location = useLocation();
  if (!isUiLanguage(lang)) return <Navigate to={`/${preferredUiLanguage()}${location.pathname}${location.search}`} replace />;
  return (
    <I18nProvider language={lang}>
      <Routes>
        <Route path="login" element={<LoginPage />} />
        <Route element={<Layout />}>
          <Route
            index
            element={
              <Guarded>
                <HomePage />
              </Guarded>
            }
          />
          <Route
            path="listen/:eventId"
            element={
              <Guarded>
                <ListenView />
              </Guarded>
            }
          />
          <Route
            path="speak/:eventId/:channelId"
            element={
              <Guarded>
                <SpeakView />
              </Guarded>
            }
          />
          <Route
            path="manage/new"
            element={
              <Guarded>
                <ManagePage />
              </Guarded>
            }
          />
          <Route
            path="manage/:eventId"
            element={
              <Guarded>
                <ManagePage />
              </Guarded>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </I18nProvider>
  );
}

function Guarded({ children }: { children: ReactNode }) {
  return (
    <RequireSignIn>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </RequireSignIn>
  );
}

function Loading() {
  const t = useT();
  return (
    <p className="p-6" role="status">
      {t('app.loading')}
    </p>
  );
}
