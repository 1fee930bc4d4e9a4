import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiContext, createApiClients } from './api/clients.js';
import { AppRoutes } from './app/AppRoutes.js';
import { AuthProvider } from './auth/AuthProvider.js';
import { AuthSession } from './auth/session.js';
import './styles.css';

const session = new AuthSession();
const clients = createApiClients(session);
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ApiContext.Provider value={clients}>
        <AuthProvider session={session}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </ApiContext.Provider>
    </QueryClientProvider>
  </StrictMode>,
);
