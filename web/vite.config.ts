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

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(webRoot, '..');

/** Where each service listens in development (`make dev`); override with `<SERVICE>_URL`. */
const services = {
  auth: process.env.AUTH_URL ?? 'http://localhost:8081',
  'live-event': process.env.LIVE_EVENT_URL ?? 'http://localhost:8082',
  events: process.env.EVENTS_URL ?? 'http://localhost:8083',
  'livekit-provider': process.env.LIVEKIT_PROVIDER_URL ?? 'http://localhost:8086',
  'live-service': process.env.LIVE_SERVICE_URL ?? 'http://localhost:8092',
} as const;

/** The path under /api/ of each service, as nginx routes it and the specs' gateway servers name it (src/api/gateway.ts). */
const gatewayPaths: Record<keyof typeof services, string> = { auth: 'auth', 'live-event': 'live-event', events: 'events', 'livekit-provider': 'livekit', 'live-service': 'live' };

function proxyTo(name: keyof typeof services): ProxyOptions {
  const prefix = `/api/${gatewayPaths[name]}`;
  return {
    target: services[name],
    changeOrigin: true,
    ws: name === 'live-event',
    rewrite: (requestPath) => requestPath.slice(prefix.length) || '/',
    // The auth service scopes its refresh cookie to /v2/auth; behind the gateway that path is /api/auth/v2/auth.
    cookiePathRewrite: name === 'auth' ? { '/v2/auth': `${prefix}/v2/auth` } : false,
  };
}

const proxy = Object.fromEntries((Object.keys(services) as (keyof typeof services)[]).map((name) => [`/api/${gatewayPaths[name]}`, proxyTo(name)]));

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
