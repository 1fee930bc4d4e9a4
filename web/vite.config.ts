/**
 * The web app's build and dev server. In development the app reaches every service on its own origin
 * through `/api/<service>/...`, as behind nginx in production, so the auth service's HttpOnly refresh
 * cookie is first-party and the services need no CORS for the app.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { gatewayServices, type ServiceName } from './src/api/gateway-services';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(webRoot, '..');

/** Where each service listens: its `make dev` port, or `<SERVICE>_URL` (LIVE_EVENT_URL for live-event). */
function targetOf(name: ServiceName): string {
  return process.env[`${name.toUpperCase().replace(/-/g, '_')}_URL`] ?? `http://localhost:${gatewayServices[name].port}`;
}

function proxyTo(name: ServiceName): ProxyOptions {
  const prefix = `/api/${gatewayServices[name].path}`;
  return {
    target: targetOf(name),
    changeOrigin: true,
    ws: name === 'live-event',
    rewrite: (requestPath) => requestPath.slice(prefix.length) || '/',
    // The auth service scopes its refresh cookie to /v2/auth; behind the gateway that path is /api/auth/v2/auth.
    cookiePathRewrite: name === 'auth' ? { '/v2/auth': `${prefix}/v2/auth` } : false,
  };
}

const proxy = Object.fromEntries(
  (Object.keys(gatewayServices) as ServiceName[]).map((name) => [`/api/${gatewayServices[name].path}`, proxyTo(name)]),
);

export default defineConfig({
  root: webRoot,
  plugins: [react(), tailwindcss()],
  server: {
    port: 5173,
    strictPort: true,
    proxy,
    // The generated SDKs and WebSocket models live at the repository root (generated/).
    fs: { allow: [repositoryRoot] },
  },
  preview: { port: 4173, proxy },
  build: {
    outDir: path.join(repositoryRoot, 'dist', 'web'),
    emptyOutDir: true,
    sourcemap: true,
    // The AudioWorklet module stays a file of its own: a data: URL would need a looser Content-Security-Policy.
    assetsInlineLimit: (file) => (file.endsWith('.worklet.js') ? false : undefined),
  },
});
