/**
 * Sign-in, throttling, refresh rotation and reuse detection, sign-out and password changes, through the
 * generated router on a real database.
 */
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { testIssuer } from '@ilenia/kit/testing';
import { demoPassword, demoUserIds } from '@ilenia/kit';
import { databaseEngines } from '@ilenia/kit/testing';
import { freshIp, refreshCookieOf, signIn, useAuthService } from './support/auth-harness.js';
import { bodyOf, type LoginResponse, type ProblemBody, type User } from './support/responses.js';

/** The first Set-Cookie of a response. */
const setCookie = (response: request.Response): string | undefined => ([] as string[]).concat(response.headers['set-cookie'] ?? [])[0];
const refresh = (app: Parameters<typeof request>[0], token: string) =>
  request(app).post('/v2/auth/refresh').set('Cookie', `ilenia_refresh=${token}`);

for (const engine of await databaseEngines('ilenia_auth')) {
  describe.skipIf(!engine.available)(`sessions on ${engine.name}`, () => {
    const harness = useAuthService(engine, { login: { maxFailures: 5, maxFailuresPerIp: 8, windowSeconds: 900, lockoutSeconds: 900 } });
    let admin: string;

    beforeAll(async () => {
      admin = (await signIn(harness.app, 'admin@ilenia.dev', demoPassword)).accessToken;
    });

    async function createUser(email: string, roles: string[] = []): Promise<string> {
      const roleIds = (
        await harness.database.db
          .selectFrom('roles')
          .select('id')
          .where('name', 'in', roles.length ? roles : ['-'])
          .execute()
      ).map((row) => row.id);
      const response = await request(harness.app)
        .post('/v2/users')
        .set('Authorization', `Bearer ${admin}`)
        .send({ email, display_name: email, password: 'a-good-long-password', roles: roleIds });
      expect(response.status).toBe(201);
      return bodyOf<User>(response).id;
    }

    async function auditTypes(userId: string): Promise<string[]> {
      const rows = await harness.database.db
        .selectFrom('audit_events')
        .select('type')
        .where('target_id', '=', userId)
        .orderBy('occurred_at')
        .execute();
      return rows.map((row) => row.type);
    }

    it('signs in: an RFC 9068 access token with roles and permissions, and the refresh token in a strict cookie', async () => {
      const { response } = await signIn(harness.app, 'Speaker1@Ilenia.dev', demoPassword);
      expect(response.headers['cache-control']).toBe('no-store');
      const cookie = setCookie(response)!;
      expect(cookie).toMatch(/^ilenia_refresh=rt_[A-Za-z0-9_-]{43}; Max-Age=2592000; Path=\/v2\/auth; HttpOnly; Secure; SameSite=Strict$/);
      expect(response.body).toMatchObject({
        token_type: 'Bearer',
        expires_in: 3600,
        refresh_expires_in: 2_592_000,
        user: { id: demoUserIds.speaker1, roles: [{ name: 'speaker' }] },
      });
      const jwks = createLocalJWKSet(bodyOf<JSONWebKeySet>(await request(harness.app).get('/v2/.well-known/jwks.json')));
      const { payload } = await jwtVerify(bodyOf<LoginResponse>(response).access_token, jwks, {
        algorithms: ['RS256'],
        typ: 'at+jwt',
        issuer: testIssuer,
        audience: 'event-service',
      });
      expect(payload).toMatchObject({ sub: demoUserIds.speaker1, client_id: 'ilenia-web', roles: ['speaker'] });
      expect(payload.permissions).toEqual(bodyOf<LoginResponse>(response).user.permissions);
      expect(payload.permissions).toContain('live:speak');
      expect(payload.aud).toEqual(
        expect.arrayContaining(['event-service', 'live-event-service', 'livekit-service', 'live-service', 'auth-service']),
      );
      expect(typeof payload.sid).toBe('string');
      expect(payload.exp! - payload.iat!).toBe(3600);
      expect(bodyOf<LoginResponse>(response).user.last_login_at).not.toBeNull();
      expect(await auditTypes(demoUserIds.speaker1)).toContain('login_succeeded');
    });

    it('answers the same 401 for an unknown email, a wrong password and a disabled account, and audits the real reason', async () => {
      const disabledId = await createUser('disabled.user@ilenia.dev');
      const user = await request(harness.app).get(`/v2/users/${disabledId}`).set('Authorization', `Bearer ${admin}`);
      expect(
        (
          await request(harness.app)
            .patch(`/v2/users/${disabledId}`)
            .set('Authorization', `Bearer ${admin}`)
            .set('If-Match', user.headers.etag!)
            .send({ status: 'disabled' })
        ).status,
      ).toBe(200);

      const attempts = [
        { email: 'nobody@ilenia.dev', password: demoPassword },
        { email: 'listener2@ilenia.dev', password: 'not-the-password' },
        { email: 'disabled.user@ilenia.dev', password: 'a-good-long-password' },
      ];
      const answers = [];
      for (const attempt of attempts) {
        const response = await request(harness.app).post('/v2/auth/login').set('X-Forwarded-For', freshIp()).send(attempt);
        expect(response.status).toBe(401);
        expect(response.headers['set-cookie']).toBeUndefined();
        const problem = bodyOf<ProblemBody>(response);
        answers.push({ type: problem.type, title: problem.title, detail: problem.detail });
      }
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      const failures = await harness.database.db
        .selectFrom('audit_events')
        .select(['details', 'actor_id'])
        .where('type', '=', 'login_failed')
        .execute();
      const reasons = Object.fromEntries(failures.map((row) => [row.details.email as string, row.details.reason]));
      expect(reasons).toMatchObject({
        'nobody@ilenia.dev': 'unknown_email',
        'listener2@ilenia.dev': 'bad_credentials',
        'disabled.user@ilenia.dev': 'account_disabled',
      });
    });

    it('delays an email from one address after 5 failures, even for the right password (429 + Retry-After), audits it, and an admin can lift it', async () => {
      const userId = await createUser('locked.out@ilenia.dev');
      const ip = freshIp();
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const response = await request(harness.app)
          .post('/v2/auth/login')
          .set('X-Forwarded-For', ip)
          .send({ email: 'locked.out@ilenia.dev', password: `wrong-${attempt}` });
        expect(response.status).toBe(401);
      }
      const delayed = await request(harness.app)
        .post('/v2/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ email: 'locked.out@ilenia.dev', password: 'a-good-long-password' });
      expect(delayed.status).toBe(429);
      expect(Number(delayed.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(delayed.headers['retry-after'])).toBeLessThanOrEqual(30);
      expect(bodyOf<ProblemBody>(delayed).type).toBe('https://ilenia.dev/problems/rate-limited');
      expect(await auditTypes(userId)).toContain('login_throttled');

      const user = await request(harness.app).get(`/v2/users/${userId}`).set('Authorization', `Bearer ${admin}`);
      expect(bodyOf<User>(user).locked_until).not.toBeNull();
      const lifted = await request(harness.app)
        .patch(`/v2/users/${userId}`)
        .set('Authorization', `Bearer ${admin}`)
        .set('If-Match', user.headers.etag!)
        .send({ locked_until: null });
      expect(bodyOf<User>(lifted).locked_until).toBeNull();
      await signIn(harness.app, 'locked.out@ilenia.dev', 'a-good-long-password', ip);
    });

    it('locks an IP that fails too often, whatever the accounts it tries', async () => {
      const ip = freshIp();
      for (let attempt = 0; attempt < 8; attempt += 1) {
        const response = await request(harness.app)
          .post('/v2/auth/login')
          .set('X-Forwarded-For', ip)
          .send({ email: `guess${attempt}@ilenia.dev`, password: 'whatever-it-is' });
        expect(response.status).toBe(401);
      }
      const blocked = await request(harness.app)
        .post('/v2/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ email: 'listener1@ilenia.dev', password: demoPassword });
      expect(blocked.status).toBe(429);
      // The account itself is not locked: from elsewhere it signs in.
      await signIn(harness.app, 'listener1@ilenia.dev', demoPassword);
    });

    it('rotates the refresh token; replaying a rotated one revokes the whole family and is audited', async () => {
      const { refreshToken } = await signIn(harness.app, 'listener2@ilenia.dev', demoPassword);
      const first = await refresh(harness.app, refreshToken);
      expect(first.status).toBe(200);
      const rotated = refreshCookieOf(first)!;
      expect(rotated).not.toBe(refreshToken);
      expect(Number(/Max-Age=(\d+)/.exec(setCookie(first)!)![1])).toBeLessThanOrEqual(2_592_000);

      const replay = await refresh(harness.app, refreshToken);
      expect(replay.status).toBe(401);
      expect(bodyOf<ProblemBody>(replay).type).toBe('https://ilenia.dev/problems/refresh-token-reused');
      expect(setCookie(replay)).toMatch(/^ilenia_refresh=; Max-Age=0; Path=\/v2\/auth/);
      // The family is dead: the legitimate newest token fails too.
      const afterTheft = await refresh(harness.app, rotated);
      expect(afterTheft.status).toBe(401);
      expect(await auditTypes(demoUserIds.listener2)).toContain('refresh_reused');
    });

    it('lets exactly one of two racing refreshes with the same token succeed', async () => {
      const { refreshToken } = await signIn(harness.app, 'manager@ilenia.dev', demoPassword);
      const answers = await Promise.all([refresh(harness.app, refreshToken), refresh(harness.app, refreshToken)]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401]);
    });

    it("refuses a disabled user's refresh, and disabling revokes the user's sessions", async () => {
      const userId = await createUser('soon.disabled@ilenia.dev', ['listener']);
      const { refreshToken } = await signIn(harness.app, 'soon.disabled@ilenia.dev', 'a-good-long-password');
      const user = await request(harness.app).get(`/v2/users/${userId}`).set('Authorization', `Bearer ${admin}`);
      await request(harness.app)
        .patch(`/v2/users/${userId}`)
        .set('Authorization', `Bearer ${admin}`)
        .set('If-Match', user.headers.etag!)
        .send({ status: 'disabled' })
        .expect(200);
      const response = await refresh(harness.app, refreshToken);
      expect(response.status).toBe(401);
      expect(bodyOf<ProblemBody>(response).type).toBe('https://ilenia.dev/problems/unauthorized');
      const family = await harness.database.db
        .selectFrom('refresh_families')
        .select('revoked_reason')
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow();
      expect(family.revoked_reason).toBe('user_disabled');
    });

    it('signs a user out everywhere (admin), and an admin password reset does the same', async () => {
      const userId = await createUser('many.devices@ilenia.dev');
      const phone = await signIn(harness.app, 'many.devices@ilenia.dev', 'a-good-long-password');
      const laptop = await signIn(harness.app, 'many.devices@ilenia.dev', 'a-good-long-password');
      expect((await request(harness.app).delete(`/v2/users/${userId}/sessions`).set('Authorization', `Bearer ${admin}`)).status).toBe(204);
      expect((await refresh(harness.app, phone.refreshToken)).status).toBe(401);
      expect((await refresh(harness.app, laptop.refreshToken)).status).toBe(401);
      expect(await auditTypes(userId)).toContain('sessions_revoked');

      const tablet = await signIn(harness.app, 'many.devices@ilenia.dev', 'a-good-long-password');
      const user = await request(harness.app).get(`/v2/users/${userId}`).set('Authorization', `Bearer ${admin}`);
      await request(harness.app)
        .patch(`/v2/users/${userId}`)
        .set('Authorization', `Bearer ${admin}`)
        .set('If-Match', user.headers.etag!)
        .send({ password: 'a-reset-long-password' })
        .expect(200);
      expect((await refresh(harness.app, tablet.refreshToken)).status).toBe(401);
      const old = await request(harness.app)
        .post('/v2/auth/login')
        .set('X-Forwarded-For', freshIp())
        .send({ email: 'many.devices@ilenia.dev', password: 'a-good-long-password' });
      expect(old.status).toBe(401);
      await signIn(harness.app, 'many.devices@ilenia.dev', 'a-reset-long-password');
    });

    it('signs out: the family is revoked, the cookie cleared; without a cookie it is still 204', async () => {
      const { refreshToken } = await signIn(harness.app, 'speaker2@ilenia.dev', demoPassword);
      const response = await request(harness.app).post('/v2/auth/logout').set('Cookie', `ilenia_refresh=${refreshToken}`);
      expect(response.status).toBe(204);
      expect(setCookie(response)).toBe('ilenia_refresh=; Max-Age=0; Path=/v2/auth; HttpOnly; Secure; SameSite=Strict');
      expect((await refresh(harness.app, refreshToken)).status).toBe(401);
      expect((await request(harness.app).post('/v2/auth/logout')).status).toBe(204);
      expect(await auditTypes(demoUserIds.speaker2)).toContain('logout');
      expect((await request(harness.app).post('/v2/auth/refresh')).status).toBe(401);
    });

    it('changes the password: the current one is checked, the policy applied, other sessions revoked, this one kept', async () => {
      await createUser('changes.password@ilenia.dev');
      const other = await signIn(harness.app, 'changes.password@ilenia.dev', 'a-good-long-password');
      const mine = await signIn(harness.app, 'changes.password@ilenia.dev', 'a-good-long-password');
      const change = (body: object) =>
        request(harness.app)
          .put('/v2/users/me/password')
          .set('Authorization', `Bearer ${mine.accessToken}`)
          .set('X-Forwarded-For', freshIp())
          .send(body);

      const wrong = await change({ current_password: 'not-it', new_password: 'another-long-password' });
      expect(wrong.status).toBe(400);
      expect(bodyOf<ProblemBody>(wrong).errors).toEqual([
        { location: 'body', path: '/current_password', message: 'is not the current password' },
      ]);
      const breached = await change({ current_password: 'a-good-long-password', new_password: 'password1234' });
      expect(breached.status).toBe(400);
      expect(bodyOf<ProblemBody>(breached).errors?.[0]?.path).toBe('/new_password');
      const short = await change({ current_password: 'a-good-long-password', new_password: 'short' });
      expect(short.status).toBe(400);

      expect((await change({ current_password: 'a-good-long-password', new_password: 'another-long-password' })).status).toBe(204);
      expect((await refresh(harness.app, other.refreshToken)).status).toBe(401);
      expect((await refresh(harness.app, mine.refreshToken)).status).toBe(200);
      await signIn(harness.app, 'changes.password@ilenia.dev', 'another-long-password');
    });
  });
}
