/**
 * A real, unprivileged nginx running the gateway's configuration for a test or a benchmark: its own
 * prefix folder, free ports, a self-signed certificate made now, and the rendered deploy/nginx config.
 * The main context (pid, temp paths, logs to stderr) is this harness's; the site is deploy/nginx's.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { renderNginxConfig, type GatewaySettings } from './render-nginx-config.js';

const run = promisify(execFile);
const nginxBinary = '/usr/sbin/nginx';

/** Whether Debian's nginx (nginx-light) and openssl are installed. */
export function nginxAvailable(): boolean {
  return existsSync(nginxBinary) && existsSync('/usr/bin/openssl');
}

export interface RunningGateway {
  /** `https://localhost:<port>` */
  httpsUrl: string;
  httpUrl: string;
  /** The self-signed certificate (PEM), for the clients' `ca`. */
  certificate: string;
  prefix: string;
  /** What nginx wrote to stderr (errors, rate-limit refusals). */
  log(): string;
  stop(): Promise<void>;
}

/** A port nobody listens on now (the kernel's choice). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A P-256 certificate for localhost and 127.0.0.1, valid one day. */
export async function selfSignedCertificate(prefix: string): Promise<{ certificate: string; key: string }> {
  const certificate = path.join(prefix, 'fullchain.pem');
  const key = path.join(prefix, 'privkey.pem');
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-keyout',
    key,
    '-out',
    certificate,
  ]);
  return { certificate, key };
}

function mainConfig(prefix: string): string {
  return `daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log stderr warn;
# Open WebSockets would otherwise hold a graceful stop forever.
worker_shutdown_timeout 5s;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    include ${prefix}/ilenia/ilenia.conf;
}
`;
}

/** Resolves once `port` accepts connections; rejects if nginx exits first. */
async function listening(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}):\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createServer().listen(port, '127.0.0.1');
      socket.once('listening', () => socket.close(() => resolve(false)));
      socket.once('error', () => resolve(true));
    });
    if (open) return;
    // Polling interval while nginx starts, not a margin: the loop ends when the port is taken.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export type GatewayOptions = Omit<
  GatewaySettings,
  'serverName' | 'httpPort' | 'httpsPort' | 'publicOrigin' | 'certificate' | 'certificateKey' | 'acmeWebroot'
> & { acmeWebroot?: string; httpsPort?: number };

/** Starts nginx with the gateway configuration; `stop()` quits it and removes its folder. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const prefix = await mkdtemp(path.join(tmpdir(), 'ilenia-nginx-'));
  // Run as root, nginx's workers are nobody: they must reach their temp folders and the certificate's.
  await chmod(prefix, 0o755);
  const { certificate, key } = await selfSignedCertificate(prefix);
  const httpPort = await freePort();
  const httpsPort = options.httpsPort ?? (await freePort());
  const httpsUrl = `https://localhost:${httpsPort}`;
  await renderNginxConfig(
    {
      ...options,
      serverName: 'localhost',
      httpPort,
      httpsPort,
      publicOrigin: httpsUrl,
      certificate,
      certificateKey: key,
      acmeWebroot: options.acmeWebroot ?? path.join(prefix, 'acme'),
    },
    path.join(prefix, 'ilenia'),
  );
  const configFile = path.join(prefix, 'nginx.conf');
  await writeFile(configFile, mainConfig(prefix));
  const child = spawn(nginxBinary, ['-p', prefix, '-c', configFile, '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-50_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // nginx does not notice its parent dying; a test process that ends without stop() takes it along
  // (a SIGKILLed one cannot: then the master is left, listening on free ports only).
  const killWithParent = () => child.kill('SIGTERM');
  process.once('exit', killWithParent);
  const log = () => output;
  async function stop(): Promise<void> {
    process.off('exit', killWithParent);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGQUIT');
      const forced = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(forced);
    }
    await rm(prefix, { recursive: true, force: true });
  }
  try {
    await Promise.all([listening(httpsPort, child, log), listening(httpPort, child, log)]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { httpsUrl, httpUrl: `http://localhost:${httpPort}`, certificate: await readFile(certificate, 'utf8'), prefix, log, stop };
}
