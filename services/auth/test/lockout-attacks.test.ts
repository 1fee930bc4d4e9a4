/**
 * Attacks on sign-in and client authentication throttling, through the generated router on a real
 * database: strangers who send wrong passwords or secrets in someone else's name must not lock them
 * out, and a guesser must wait longer after every failure.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, demoUserIds } from '@ilenia/kit';
import { databaseEngines } from '@ilenia/kit/testing';
import { freshIp, liveServiceSecret, signIn, useAuthService } from './support/auth-harness.js';
import { bodyOf, type LoginResponse, type ProblemBody, type TokenResponse } from './support/responses.js';

for (const engine of await databaseEngines('ilenia_auth')) {
  describe.skipIf(!engine.available)(`lockout attacks on ${engine.name}`, () => {
    const harness = useAuthService(engine);
    let admin: string;
    const login = (email: string, password: string, ip: string) =>
      request(harness.app).post('/v2/auth/login').set('X-Forwarded-For', ip).send({ email, password });
    const token = (clientId: string, secret: string, ip: string) =>
      request(harness.app)
        .post('/v2/oauth/token')
        .type('form')
        .auth(clientId, secret)
        .set('X-Forwarded-For', ip)
        .send({ grant_type: 'client_credentials' });
    const auditOf = async (targetId: string, type: string) =>
      (
        await harness.database.db
          .selectFrom('audit_events')
          .select(['details', 'client_ip'])
          .where('target_id', '=', targetId)
          .where('type', '=', type)
          .orderBy('occurred_at')
          .execute()
      ).map((row): Record<string, unknown> => ({ ...row.details, client_ip: row.client_ip }));

    beforeAll(async () => {
      admin = (await signIn(harness.app, 'admin@ilenia.dev', demoPassword)).accessToken;
    });

    it('does not lock the administrator out when strangers send wrong passwords from many addresses', async () => {
      const strangers = [freshIp(), freshIp(), freshIp(), freshIp(), freshIp()];
      for (const ip of strangers)
        for (const attempt of [1, 2]) expect((await login('admin@ilenia.dev', `guess-${attempt}`, ip)).status).toBe(401);
      // One stranger insists until it must wait; that delays the stranger only.
      const insistent = strangers[0]!;
      for (let attempt = 0; attempt < 3; attempt += 1) await login('admin@ilenia.dev', `again-${attempt}`, insistent);
      expect((await login('admin@ilenia.dev', 'yet-another', insistent)).status).toBe(429);

      const fromHome = await login('admin@ilenia.dev', demoPassword, freshIp());
      expect(fromHome.status).toBe(200);
      expect(bodyOf<LoginResponse>(fromHome).user.locked_until).not.toBeNull();
    });

    it('makes one address that keeps guessing one account wait longer after every failure, even for the right password', async () => {
      const ip = freshIp();
      const email = 'listener1@ilenia.dev';
      try {
        for (let attempt = 0; attempt < 5; attempt += 1) expect((await login(email, `wrong-${attempt}`, ip)).status).toBe(401);
        const waits: number[] = [];
        for (const step of [0, 1, 2]) {
          const refused = await login(email, demoPassword, ip);
          expect(refused.status).toBe(429);
          expect(bodyOf<ProblemBody>(refused).type).toBe('https://ilenia.dev/problems/rate-limited');
          waits.push(Number(refused.headers['retry-after']));
          harness.clockOffsetMs += (waits[step]! + 1) * 1000;
          if (step < 2) expect((await login(email, `wrong-again-${step}`, ip)).status).toBe(401);
        }
        // Each wait is longer than the one before; the audit log has the exact delays set.
        expect(waits[1]).toBeGreaterThan(waits[0]!);
        expect(waits[2]).toBeGreaterThan(waits[1]!);
        const delays = await auditOf(demoUserIds.listener1, 'login_throttled');
        expect(delays.map((details) => [details.scope, details.retry_after_seconds, details.client_ip])).toEqual([
          ['account_ip', 30, ip],
          ['account_ip', 60, ip],
          ['account_ip', 120, ip],
        ]);
        // Once the wait is over the right password works, and that clears the address's counter.
        expect((await login(email, demoPassword, ip)).status).toBe(200);
        expect((await login(email, 'one-more-slip', ip)).status).toBe(401);
        expect((await login(email, demoPassword, ip)).status).toBe(200);
      } finally {
        harness.clockOffsetMs = 0;
      }
    });

    it('answers a service client that presents its correct secret, whatever strangers sent in its name and from where', async () => {
      const serviceAddress = freshIp();
      for (const ip of [freshIp(), freshIp(), serviceAddress]) {
        for (let attempt = 0; attempt < 6; attempt += 1)
          expect([401, 429]).toContain((await token('live-service', `not-the-secret-${attempt}`, ip)).status);
      }
      const wrongAgain = await token('live-service', 'still-not-the-secret', serviceAddress);
      expect(wrongAgain.status).toBe(429);
      expect(Number(wrongAgain.headers['retry-after'])).toBeGreaterThan(0);
      for (const ip of [serviceAddress, freshIp()]) {
        const issued = await token('live-service', liveServiceSecret, ip);
        expect(issued.status).toBe(200);
        expect(bodyOf<TokenResponse>(issued).access_token).toBeTruthy();
      }
      const throttled = await auditOf('live-service', 'client_throttled');
      expect(throttled.length).toBeGreaterThan(0);
      expect(throttled.every((details) => details.scope === 'account_ip')).toBe(true);
    });

    it('lets administrators unlock a user and a client from every address, audited; nobody else', async () => {
      const ip = freshIp();
      for (let attempt = 0; attempt < 5; attempt += 1) await login('speaker2@ilenia.dev', `wrong-${attempt}`, ip);
      expect((await login('speaker2@ilenia.dev', demoPassword, ip)).status).toBe(429);
      for (let attempt = 0; attempt < 5; attempt += 1) await token('live-service', `wrong-${attempt}`, ip);
      expect((await token('live-service', 'wrong-again', ip)).status).toBe(429);

      const listener = (await signIn(harness.app, 'listener2@ilenia.dev', demoPassword)).accessToken;
      for (const path of [`/v2/users/${demoUserIds.speaker2}/unlock`, '/v2/clients/live-service/unlock']) {
        const refused = await request(harness.app).post(path).set('Authorization', `Bearer ${listener}`);
        expect(refused.status).toBe(403);
        expect(refused.headers['content-type']).toContain('application/problem+json');
      }

      expect(
        (await request(harness.app).post(`/v2/users/${demoUserIds.speaker2}/unlock`).set('Authorization', `Bearer ${admin}`)).status,
      ).toBe(204);
      expect((await login('speaker2@ilenia.dev', demoPassword, ip)).status).toBe(200);
      expect((await request(harness.app).post('/v2/clients/live-service/unlock').set('Authorization', `Bearer ${admin}`)).status).toBe(204);
      expect((await token('live-service', 'wrong-after-unlock', ip)).status).toBe(401);
      expect((await request(harness.app).post('/v2/clients/nobody-at-all/unlock').set('Authorization', `Bearer ${admin}`)).status).toBe(
        404,
      );

      const [userUnlock] = await auditOf(demoUserIds.speaker2, 'account_unlocked');
      expect(userUnlock).toMatchObject({ email: 'speaker2@ilenia.dev', counters_cleared: 1 });
      const [clientUnlock] = await auditOf('live-service', 'client_unlocked');
      expect(Number(clientUnlock!.counters_cleared)).toBeGreaterThanOrEqual(1);
    });
  });
}
