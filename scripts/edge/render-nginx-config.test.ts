import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { nginxAvailable, selfSignedCertificate } from './nginx-process.js';
import { renderNginxConfig, substitute, templateUpstreamKeys, templateVariables, type GatewaySettings } from './render-nginx-config.js';

const settings: GatewaySettings = {
  serverName: 'ilenia.example.org',
  httpPort: 80,
  httpsPort: 443,
  publicOrigin: 'https://ilenia.example.org',
  certificate: '/etc/letsencrypt/live/ilenia.example.org/fullchain.pem',
  certificateKey: '/etc/letsencrypt/live/ilenia.example.org/privkey.pem',
  acmeWebroot: '/var/www/certbot',
  webRoot: '/srv/ilenia/web',
  docsRoot: '/srv/ilenia/portal',
  upstreams: {
    auth: ['auth:8081'],
    events: ['events:8083'],
    liveEvent: ['live-event-1:8082', 'live-event-2:8082'],
    livekitProvider: ['livekit-provider:8086'],
    liveService: ['live-service:8092'],
  },
  corsOrigins: ['https://partner.example.org'],
  credentialsPerMinute: 10,
  credentialsBurst: 10,
  apiPerSecond: 20,
};

describe('rendering the gateway configuration', () => {
  it('lists every live-event instance and makes the Retry-After of each zone its refill time', () => {
    const variables = templateVariables(settings);
    expect(variables.ILENIA_LIVE_EVENT_SERVERS).toBe('server live-event-1:8082; server live-event-2:8082;');
    expect(variables.ILENIA_CORS_ORIGINS_REGEX).toBe('^(https:\\/\\/partner\\.example\\.org)$');
    expect(variables.ILENIA_CREDENTIALS_RETRY_AFTER).toBe('6');
    expect(variables.ILENIA_API_RETRY_AFTER).toBe('1');
    expect(templateVariables({ ...settings, connectSources: ['wss://livekit.example.org'] }).ILENIA_CSP_CONNECT_SOURCES).toBe(
      'wss://livekit.example.org',
    );
    expect(() => templateVariables({ ...settings, connectSources: ["wss://livekit.example.org; script-src 'unsafe-inline'"] })).toThrow(
      /CSP connect source/,
    );
  });

  it('refuses an upstream that is not host:port, a CORS origin with a path, and a template variable without a value', () => {
    expect(() =>
      templateVariables({ ...settings, upstreams: { ...settings.upstreams, auth: ['auth:8081; include /etc/passwd'] } }),
    ).toThrow(/not host:port/);
    expect(() => templateVariables({ ...settings, corsOrigins: ['https://partner.example.org/app'] })).toThrow(/scheme:\/\/host/);
    expect(() => substitute('listen ${ILENIA_NOT_A_VARIABLE};', {})).toThrow(/ILENIA_NOT_A_VARIABLE/);
    expect(substitute('proxy_set_header X-Forwarded-For $remote_addr;', {})).toBe('proxy_set_header X-Forwarded-For $remote_addr;');
  });

  it('names the upstreams by the camelCase of their variable, both ways', async () => {
    expect(await templateUpstreamKeys()).toEqual(expect.arrayContaining(['auth', 'events', 'liveEvent', 'livekitProvider', 'liveService']));
    expect(
      templateVariables({ ...settings, upstreams: { ...settings.upstreams, sampleRoom: ['sample-room:8199'] } }).ILENIA_SAMPLE_ROOM_SERVERS,
    ).toBe('server sample-room:8199;');
  });

  it.skipIf(!nginxAvailable())('renders a configuration nginx accepts (nginx -t)', async () => {
    const prefix = await mkdtemp(path.join(tmpdir(), 'ilenia-nginx-render-'));
    try {
      const { certificate, key } = await selfSignedCertificate(prefix);
      // Every upstream the template names (a service added by make new-service too), these five on their own ports.
      const everyUpstream = Object.fromEntries((await templateUpstreamKeys()).map((key) => [key, ['127.0.0.1:8099']]));
      await renderNginxConfig(
        {
          ...settings,
          upstreams: {
            ...everyUpstream,
            auth: ['127.0.0.1:8081'],
            events: ['127.0.0.1:8083'],
            liveEvent: ['127.0.0.1:8082', '127.0.0.1:8182'],
            livekitProvider: ['127.0.0.1:8086'],
            liveService: ['127.0.0.1:8092'],
          },
          certificate,
          certificateKey: key,
          httpPort: 18080,
          httpsPort: 18443,
        },
        path.join(prefix, 'ilenia'),
      );
      expect(await readFile(path.join(prefix, 'ilenia', 'api.conf'), 'utf8')).toContain('limit_req zone=ilenia_api');
      await writeFile(
        path.join(prefix, 'nginx.conf'),
        `pid ${prefix}/nginx.pid; error_log stderr; events {} http { include /etc/nginx/mime.types; include ${prefix}/ilenia/ilenia.conf; }\n`,
      );
      const { stderr } = await promisify(execFile)('/usr/sbin/nginx', [
        '-t',
        '-p',
        prefix,
        '-c',
        path.join(prefix, 'nginx.conf'),
        '-e',
        'stderr',
      ]);
      expect(stderr).toMatch(/test is successful/);
    } finally {
      await rm(prefix, { recursive: true, force: true });
    }
  });
});
