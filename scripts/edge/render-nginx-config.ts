/**
 * Renders the gateway's configuration (deploy/nginx/ilenia.conf.template and its snippets) into a folder
 * that nginx includes as `ilenia/`: the tests' nginx, and `tsx scripts/edge/render-nginx-config.ts <dir>`
 * from ILENIA_* variables for a deployment. The template uses envsubst-style `${ILENIA_*}` variables only,
 * so the official nginx image's envsubst renders the same file; this script adds the friendlier inputs
 * (address lists, origins, rates) and refuses a variable it does not know.
 */
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** deploy/nginx: the template and the snippets it includes. */
const nginxConfigSource = path.join(repositoryRoot, 'deploy', 'nginx');
const templateName = 'ilenia.conf.template';

/**
 * The services behind the gateway, each a list of `host:port` instances, by the camelCase of the
 * service's name: `liveEvent` fills the template's ILENIA_LIVE_EVENT_SERVERS. A service `make
 * new-service` adds to the template needs no change here, only its instances.
 */
export interface GatewayUpstreams {
  auth: string[];
  events: string[];
  liveEvent: string[];
  livekitProvider: string[];
  liveService: string[];
  [service: string]: string[];
}

/** `liveEvent` → `LIVE_EVENT`, the part of the template's ILENIA_<SERVICE>_SERVERS that names it. */
const upstreamConstant = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

export interface GatewaySettings {
  serverName: string;
  httpPort: number;
  httpsPort: number;
  /** Where HTTP redirects to: `https://<host>` (with the port when it is not 443). */
  publicOrigin: string;
  /** certbot's `live/<name>/fullchain.pem` and `privkey.pem`, or a test's self-signed pair. */
  certificate: string;
  certificateKey: string;
  acmeWebroot: string;
  /** `make build`'s dist/web and `make docs`' dist/portal. */
  webRoot: string;
  docsRoot: string;
  upstreams: GatewayUpstreams;
  /** Browser origins besides the gateway's own that may call the API (CORS). */
  corsOrigins: string[];
  /** Where else the app may connect (CSP connect-src): the LiveKit server's URL in LiveKit mode. */
  connectSources?: string[];
  /** Sign-in, refresh, OAuth token and ticket requests per minute and per client address, and the burst. */
  credentialsPerMinute: number;
  credentialsBurst: number;
  /** Every other API request, per second and per client address. */
  apiPerSecond: number;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A `host:port` nginx accepts in a `server` line; anything else would be a configuration injection. */
function serverLines(name: string, addresses: string[]): string {
  if (addresses.length === 0) throw new Error(`${name}: at least one host:port is needed`);
  for (const address of addresses) {
    if (!/^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/.test(address)) throw new Error(`${name}: "${address}" is not host:port`);
  }
  return addresses.map((address) => `server ${address};`).join(' ');
}

/** The template's variables, from the settings. */
export function templateVariables(settings: GatewaySettings): Record<string, string> {
  for (const origin of settings.corsOrigins) {
    if (new URL(origin).origin !== origin) throw new Error(`CORS origin "${origin}" must be scheme://host[:port] and nothing else`);
  }
  for (const source of settings.connectSources ?? []) {
    if (!/^(wss|https):\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(source))
      throw new Error(`CSP connect source "${source}" must be wss:// or https:// and a host`);
  }
  return {
    ILENIA_SERVER_NAME: settings.serverName,
    ILENIA_HTTP_PORT: String(settings.httpPort),
    ILENIA_HTTPS_PORT: String(settings.httpsPort),
    ILENIA_PUBLIC_ORIGIN: settings.publicOrigin.replace(/\/$/, ''),
    ILENIA_TLS_CERTIFICATE: settings.certificate,
    ILENIA_TLS_CERTIFICATE_KEY: settings.certificateKey,
    ILENIA_ACME_WEBROOT: settings.acmeWebroot,
    ILENIA_WEB_ROOT: settings.webRoot,
    ILENIA_DOCS_ROOT: settings.docsRoot,
    ...Object.fromEntries(
      Object.entries(settings.upstreams).map(([key, addresses]) => [
        `ILENIA_${upstreamConstant(key)}_SERVERS`,
        serverLines(key, addresses),
      ]),
    ),
    // No origin listed: a pattern nothing matches (an Origin header is never empty and never has a newline).
    ILENIA_CORS_ORIGINS_REGEX: settings.corsOrigins.length > 0 ? `^(${settings.corsOrigins.map(escapeRegex).join('|')})$` : '^\\n$',
    ILENIA_CSP_CONNECT_SOURCES: (settings.connectSources ?? []).join(' '),
    ILENIA_CREDENTIALS_RATE: `${settings.credentialsPerMinute}r/m`,
    ILENIA_CREDENTIALS_BURST: String(settings.credentialsBurst),
    ILENIA_CREDENTIALS_RETRY_AFTER: String(Math.ceil(60 / settings.credentialsPerMinute)),
    ILENIA_API_RATE: `${settings.apiPerSecond}r/s`,
    ILENIA_API_RETRY_AFTER: String(Math.max(1, Math.ceil(1 / settings.apiPerSecond))),
  };
}

/** The upstream keys the template needs (`liveEvent` for ILENIA_LIVE_EVENT_SERVERS), services added since included. */
export async function templateUpstreamKeys(): Promise<string[]> {
  const template = await readFile(path.join(nginxConfigSource, templateName), 'utf8');
  return [...template.matchAll(/\$\{ILENIA_([A-Z0-9_]+)_SERVERS\}/g)].map((match) =>
    match[1]!.toLowerCase().replace(/_([a-z0-9])/g, (_letter, letter: string) => letter.toUpperCase()),
  );
}

/** `${NAME}` replaced by its value; a variable of the template without a value is an error. */
export function substitute(template: string, variables: Record<string, string>): string {
  const missing = new Set<string>();
  const rendered = template.replace(/\$\{(ILENIA_[A-Z0-9_]+)\}/g, (_match, name: string) => {
    const value = variables[name];
    if (value === undefined) missing.add(name);
    return value ?? '';
  });
  if (missing.size > 0) throw new Error(`The nginx template needs ${[...missing].join(', ')}`);
  return rendered;
}

/** Writes `ilenia.conf` and the snippets into `outDir` (nginx includes them as `ilenia/<file>`). */
export async function renderNginxConfig(settings: GatewaySettings, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  for (const file of await readdir(nginxConfigSource)) {
    if (file.endsWith('.conf')) await copyFile(path.join(nginxConfigSource, file), path.join(outDir, file));
  }
  const template = await readFile(path.join(nginxConfigSource, templateName), 'utf8');
  const target = path.join(outDir, 'ilenia.conf');
  await writeFile(target, substitute(template, templateVariables(settings)));
  return target;
}

/** The settings from the environment, for a deployment rendered outside the nginx image. */
export function settingsFromEnvironment(environment: NodeJS.ProcessEnv = process.env): GatewaySettings {
  const required = (name: string): string => {
    const value = environment[name];
    if (!value) throw new Error(`${name} is required`);
    return value;
  };
  const list = (name: string): string[] =>
    (environment[name] ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const serverName = required('ILENIA_SERVER_NAME');
  return {
    serverName,
    httpPort: Number(environment.ILENIA_HTTP_PORT ?? 80),
    httpsPort: Number(environment.ILENIA_HTTPS_PORT ?? 443),
    publicOrigin: environment.ILENIA_PUBLIC_ORIGIN ?? `https://${serverName}`,
    certificate: environment.ILENIA_TLS_CERTIFICATE ?? `/etc/letsencrypt/live/${serverName}/fullchain.pem`,
    certificateKey: environment.ILENIA_TLS_CERTIFICATE_KEY ?? `/etc/letsencrypt/live/${serverName}/privkey.pem`,
    acmeWebroot: environment.ILENIA_ACME_WEBROOT ?? '/var/www/certbot',
    webRoot: environment.ILENIA_WEB_ROOT ?? '/srv/ilenia/web',
    docsRoot: environment.ILENIA_DOCS_ROOT ?? '/srv/ilenia/portal',
    upstreams: {
      auth: list('ILENIA_AUTH_UPSTREAMS'),
      events: list('ILENIA_EVENTS_UPSTREAMS'),
      liveEvent: list('ILENIA_LIVE_EVENT_UPSTREAMS'),
      livekitProvider: list('ILENIA_LIVEKIT_PROVIDER_UPSTREAMS'),
      liveService: list('ILENIA_LIVE_SERVICE_UPSTREAMS'),
      // Any other ILENIA_<SERVICE>_UPSTREAMS: a service added since (the template says which it needs).
      ...Object.fromEntries(
        Object.keys(environment)
          .flatMap((name) => /^ILENIA_([A-Z0-9_]+)_UPSTREAMS$/.exec(name)?.[1] ?? [])
          .map((constant) => [
            constant.toLowerCase().replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase()),
            list(`ILENIA_${constant}_UPSTREAMS`),
          ]),
      ),
    },
    corsOrigins: list('ILENIA_CORS_ORIGINS'),
    connectSources: list('ILENIA_CSP_CONNECT_SOURCES'),
    credentialsPerMinute: Number(environment.ILENIA_CREDENTIALS_PER_MINUTE ?? 10),
    credentialsBurst: Number(environment.ILENIA_CREDENTIALS_BURST ?? 10),
    apiPerSecond: Number(environment.ILENIA_API_PER_SECOND ?? 20),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: tsx scripts/edge/render-nginx-config.ts <output folder>');
    process.exit(2);
  }
  const target = await renderNginxConfig(settingsFromEnvironment(), outDir);
  console.log(`nginx configuration: ${target} (include it in the http block; the folder is <conf dir>/ilenia/)`);
}
