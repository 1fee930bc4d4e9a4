/**
 * The web app's end-to-end tests (web/e2e) once through the gateway: the edge stack (nginx with
 * deploy/nginx's configuration over `make build`'s dist/web, auth, events and two live-event instances
 * from source), then the web-e2e project against `https://localhost:<port>` (global-setup.ts takes a
 * running stack from WEB_URL). Chromium accepts the run's self-signed certificate, and Node processes
 * the tests start (the demo talk) trust it through NODE_EXTRA_CA_CERTS.
 *
 *   tsx scripts/edge/web-e2e-through-gateway.ts [vitest arguments, default: login and talk]
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEdgeStack } from './edge-stack.js';
import { gatewayPrerequisitesMissing } from './prerequisites.js';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const missing = await gatewayPrerequisitesMissing();
if (missing.length > 0) {
  console.error(`web-e2e through the gateway needs ${missing.join(', ')}`);
  process.exit(1);
}
const stack = await startEdgeStack({ liveEventInstances: 2 });
let status: number;
try {
  const caFile = path.join(stack.gateway.prefix, 'ca.pem');
  await writeFile(caFile, stack.gateway.certificate);
  const files = process.argv.slice(2);
  const child = spawn(
    path.join(repositoryRoot, 'node_modules', '.bin', 'vitest'),
    ['run', '--project', 'web-e2e', ...(files.length > 0 ? files : ['login.e2e.test.ts', 'talk.e2e.test.ts'])],
    {
      cwd: repositoryRoot,
      stdio: 'inherit',
      env: {
        ...process.env,
        WEB_URL: stack.gateway.httpsUrl,
        AUTH_URL: stack.direct.auth,
        EVENTS_URL: stack.direct.events,
        LIVE_EVENT_URL: stack.direct.liveEvent[0],
        NODE_EXTRA_CA_CERTS: caFile,
        E2E_IGNORE_CERTIFICATE_ERRORS: 'true',
      },
    },
  );
  status = await new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
} finally {
  await stack.stop();
}
process.exit(status);
