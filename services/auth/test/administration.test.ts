/**
 * What administrators do, through the generated router on a real database: users with versions,
 * hybrid RBAC (roles plus per-user grants and revokes), roles, OAuth clients, key rotation and the
 * audit log.
 */
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { sql } from 'kysely';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultRoles, permissionCatalogue } from '@ilenia/generated/permissions';
import { testIssuer } from '@ilenia/kit/testing';
import { demoPassword, demoUserIds } from '@ilenia/kit';
import { databaseEngines } from '@ilenia/kit/testing';
import { liveServiceSecret, refreshCookieOf, signIn, useAuthService } from './support/auth-harness.js';
import { bodyOf, type LoginResponse, type OAuthErrorBody, type ProblemBody, type Schema, type User } from './support/responses.js';

type Role = Schema<'Role'>;
type AuditEventList = Schema<'AuditEventList'>;

for (const engine of await databaseEngines('ilenia_auth')) {
  describe.skipIf(!engine.available)(`administration on ${engine.name}`, () => {
    const harness = useAuthService(engine);
    let admin: string;
    const as = (token: string) => ({
      get: (path: string) => request(harness.app).get(path).set('Authorization', `Bearer ${token}`),
      post: (path: string) => request(harness.app).post(path).set('Authorization', `Bearer ${token}`),
      put: (path: string) => request(harness.app).put(path).set('Authorization', `Bearer ${token}`),
      patch: (path: string) => request(harness.app).patch(path).set('Authorization', `Bearer ${token}`),
      delete: (path: string) => request(harness.app).delete(path).set('Authorization', `Bearer ${token}`),
    });
    const roleId = async (name: string) =>
      (await harness.database.db.selectFrom('roles').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

    beforeAll(async () => {
      admin = (await signIn(harness.app, 'admin@ilenia.dev', demoPassword)).accessToken;
    });

    describe('seeding', () => {
      it('seeds the built-in roles from the catalogue and the demo users with their fixed ids', async () => {
        const roles = bodyOf<Schema<'RoleList'>>(await as(admin).get('/v2/roles'));
        expect(roles.items.map((role) => role.name)).toEqual(['admin', 'listener', 'manager', 'speaker']);
        for (const role of roles.items) {
          expect(role.built_in).toBe(true);
          expect(role.permissions).toEqual([...defaultRoles[role.name as keyof typeof defaultRoles].permissions].sort());
        }
        const users = bodyOf<Schema<'UserList'>>(await as(admin).get('/v2/users?limit=200'));
        const byEmail = Object.fromEntries(users.items.map((user) => [user.email, user.id]));
        expect(byEmail).toMatchObject({
          'admin@ilenia.dev': demoUserIds.admin,
          'manager@ilenia.dev': demoUserIds.manager,
          'speaker1@ilenia.dev': demoUserIds.speaker1,
          'speaker2@ilenia.dev': demoUserIds.speaker2,
          'listener1@ilenia.dev': demoUserIds.listener1,
          'listener2@ilenia.dev': demoUserIds.listener2,
        });
      });

      it('lists the whole permission catalogue with the roles that grant each permission now', async () => {
        const list = bodyOf<Schema<'PermissionList'>>(await as(admin).get('/v2/permissions?limit=200'));
        expect(list.total).toBe(Object.keys(permissionCatalogue).length);
        const agents = list.items.find((permission) => permission.name === 'agents:token');
        expect(agents).toMatchObject({ default_roles: [], roles: [] });
        const read = list.items.find((permission) => permission.name === 'events:read');
        expect(read!.roles.map((role) => role.name).sort()).toEqual(['admin', 'listener', 'manager', 'speaker']);
      });
    });

    describe('users', () => {
      it('creates a user (201, Location, ETag), refuses a taken email in any case, a weak password and an unknown role', async () => {
        const created = await as(admin)
          .post('/v2/users')
          .send({
            email: 'New.Person@ilenia.dev',
            display_name: 'New Person',
            password: 'a-good-long-password',
            roles: [await roleId('speaker')],
          });
        expect(created.status).toBe(201);
        expect(created.headers.location).toBe(`/v2/users/${bodyOf<User>(created).id}`);
        expect(created.headers.etag).toBe('"1"');
        expect(created.body).toMatchObject({
          email: 'new.person@ilenia.dev',
          status: 'active',
          roles: [{ name: 'speaker' }],
          locked_until: null,
          last_login_at: null,
        });
        expect(
          (
            await as(admin)
              .post('/v2/users')
              .send({ email: 'NEW.person@ilenia.dev', display_name: 'Twin', password: 'a-good-long-password' })
          ).status,
        ).toBe(409);
        const weak = await as(admin)
          .post('/v2/users')
          .send({ email: 'weak@ilenia.dev', display_name: 'Weak', password: 'weak@ilenia.dev' });
        expect(weak.status).toBe(400);
        expect(bodyOf<ProblemBody>(weak).errors![0]).toMatchObject({ path: '/password' });
        const unknownRole = await as(admin)
          .post('/v2/users')
          .send({
            email: 'norole@ilenia.dev',
            display_name: 'X',
            password: 'a-good-long-password',
            roles: ['8a3e5c1d-0000-4000-8000-000000000000'],
          });
        expect(unknownRole.status).toBe(400);
        expect(bodyOf<ProblemBody>(unknownRole).errors![0]).toMatchObject({ path: '/roles/0' });
      });

      it('lists users by email with filters and pagination', async () => {
        const speakers = bodyOf<Schema<'UserList'>>(await as(admin).get('/v2/users?role=speaker&limit=2'));
        expect(speakers.items.map((user) => user.email)).toEqual(['new.person@ilenia.dev', 'speaker1@ilenia.dev']);
        expect(speakers).toMatchObject({ total: 3, limit: 2, offset: 0 });
        const next = bodyOf<Schema<'UserList'>>(await as(admin).get('/v2/users?role=speaker&limit=2&offset=2'));
        expect(next.items.map((user) => user.email)).toEqual(['speaker2@ilenia.dev']);
        const text = bodyOf<Schema<'UserList'>>(await as(admin).get('/v2/users?q=LISTENER'));
        expect(text.total).toBe(2);
        expect(bodyOf<Schema<'UserList'>>(await as(admin).get('/v2/users?status=disabled')).total).toBe(0);
      });

      it('updates with If-Match only: 428 without, 412 when stale, and a new ETag after', async () => {
        const path = `/v2/users/${demoUserIds.speaker2}`;
        const current = await as(admin).get(path);
        expect((await as(admin).patch(path).send({ display_name: 'Sofía S.' })).status).toBe(428);
        expect((await as(admin).patch(path).set('If-Match', '"999"').send({ display_name: 'Sofía S.' })).status).toBe(412);
        // RFC 9110 strong comparison: a weak tag never matches; a bare version is no entity tag at all.
        expect((await as(admin).patch(path).set('If-Match', `W/${current.headers.etag!}`).send({ display_name: 'Sofía S.' })).status).toBe(
          412,
        );
        const bare = await as(admin)
          .patch(path)
          .set('If-Match', String(bodyOf<User>(current).version))
          .send({ display_name: 'Sofía S.' });
        expect(bare.status).toBe(400);
        expect(bodyOf<ProblemBody>(bare).errors).toEqual([expect.objectContaining({ location: 'header', path: '/if-match' })]);
        const updated = await as(admin).patch(path).set('If-Match', current.headers.etag!).send({ display_name: 'Sofía S.' });
        expect(updated.status).toBe(200);
        expect(bodyOf<User>(updated).display_name).toBe('Sofía S.');
        expect(updated.headers.etag).toBe(`"${bodyOf<User>(current).version + 1}"`);
        expect((await as(admin).patch(path).set('If-Match', current.headers.etag!).send({ display_name: 'Again' })).status).toBe(412);
        const taken = await as(admin).patch(path).set('If-Match', updated.headers.etag!).send({ email: 'speaker1@ilenia.dev' });
        expect(taken.status).toBe(409);
      });

      it('keeps administrators from disabling or deleting themselves, and the last admin from losing the role', async () => {
        const me = await as(admin).get(`/v2/users/${demoUserIds.admin}`);
        expect(
          (await as(admin).patch(`/v2/users/${demoUserIds.admin}`).set('If-Match', me.headers.etag!).send({ status: 'disabled' })).status,
        ).toBe(409);
        expect((await as(admin).delete(`/v2/users/${demoUserIds.admin}`)).status).toBe(409);
        expect((await as(admin).delete(`/v2/users/${demoUserIds.admin}/roles/${await roleId('admin')}`)).status).toBe(409);
      });

      it('answers 404 for an unknown user and 400 for an id that is not a UUID', async () => {
        expect((await as(admin).get('/v2/users/00000000-0000-4000-8000-0000000000ff')).status).toBe(404);
        const malformed = await as(admin).get('/v2/users/not-a-uuid');
        expect(malformed.status).toBe(400);
        expect(bodyOf<ProblemBody>(malformed).errors![0]).toMatchObject({ location: 'path', path: '/user_id' });
      });

      it('deletes a user and keeps the audit events about them', async () => {
        const created = await as(admin)
          .post('/v2/users')
          .send({ email: 'temporary@ilenia.dev', display_name: 'Temp', password: 'a-good-long-password' });
        const createdId = bodyOf<User>(created).id;
        expect((await as(admin).delete(`/v2/users/${createdId}`)).status).toBe(204);
        expect((await as(admin).get(`/v2/users/${createdId}`)).status).toBe(404);
        const audit = bodyOf<AuditEventList>(await as(admin).get(`/v2/audit-events?target_id=${createdId}`));
        expect(audit.items.map((event) => event.type)).toEqual(['user_deleted', 'user_created']);
      });
    });

    describe('hybrid RBAC', () => {
      it('computes roles ∪ grants − revokes, explains every source, and the next token carries the change', async () => {
        const listener = await signIn(harness.app, 'listener1@ilenia.dev', demoPassword);
        const path = `/v2/users/${demoUserIds.listener1}/permissions`;
        const grant = await as(admin).put(`${path}/recordings:read`).send({ effect: 'grant', reason: 'Reviews the recordings this week.' });
        expect(grant.status).toBe(200);
        expect(grant.body).toMatchObject({
          user_id: demoUserIds.listener1,
          permission: 'recordings:read',
          effect: 'grant',
          reason: 'Reviews the recordings this week.',
          granted_by: demoUserIds.admin,
        });
        expect((await as(admin).put(`${path}/live:listen`).send({ effect: 'revoke' })).status).toBe(200);

        const explained = bodyOf<Schema<'UserPermissions'>>(await as(admin).get(path));
        expect(explained.effective).toEqual(['events:read', 'recordings:read', 'rooms:listen', 'transcripts:read']);
        const byName = Object.fromEntries(explained.permissions.map((permission) => [permission.name, permission]));
        expect(byName['live:listen']).toMatchObject({
          effective: false,
          sources: [
            { kind: 'role', role: { name: 'listener' } },
            { kind: 'revoke_override', override: { effect: 'revoke' } },
          ],
        });
        expect(byName['recordings:read']).toMatchObject({ effective: true, sources: [{ kind: 'grant_override' }] });

        // The token issued before the change does not have it; the next one (refresh) does.
        const before = await as(listener.accessToken).get('/v2/users/me');
        expect(bodyOf<User>(before).permissions).toContain('recordings:read');
        const refreshed = await request(harness.app).post('/v2/auth/refresh').set('Cookie', `ilenia_refresh=${listener.refreshToken}`);
        const claims = JSON.parse(Buffer.from(bodyOf<LoginResponse>(refreshed).access_token.split('.')[1]!, 'base64url').toString()) as {
          permissions: string[];
        };
        const original = JSON.parse(Buffer.from(listener.accessToken.split('.')[1]!, 'base64url').toString()) as { permissions: string[] };
        expect(original.permissions).toContain('live:listen');
        expect(claims.permissions).toEqual(['events:read', 'recordings:read', 'rooms:listen', 'transcripts:read']);

        expect((await as(admin).delete(`${path}/live:listen`)).status).toBe(204);
        expect((await as(admin).delete(`${path}/live:listen`)).status).toBe(204);
        expect(bodyOf<Schema<'UserPermissions'>>(await as(admin).get(path)).effective).toContain('live:listen');
        const types = bodyOf<AuditEventList>(
          await as(admin).get(
            `/v2/audit-events?target_id=${demoUserIds.listener1}&type=permission_granted&type=permission_revoked&type=permission_override_removed`,
          ),
        );
        expect(types.items.map((event) => event.type)).toEqual(['permission_override_removed', 'permission_revoked', 'permission_granted']);
        expect(refreshCookieOf(refreshed)).toBeDefined();
      });

      it('refuses an override of a permission outside the catalogue (404) and a self-revoke of permissions:write (409)', async () => {
        expect((await as(admin).put(`/v2/users/${demoUserIds.listener1}/permissions/root:all`).send({ effect: 'grant' })).status).toBe(404);
        expect(
          (await as(admin).put(`/v2/users/${demoUserIds.admin}/permissions/permissions:write`).send({ effect: 'revoke' })).status,
        ).toBe(409);
        expect(
          (await as(admin).put(`/v2/users/00000000-0000-4000-8000-0000000000ff/permissions/events:read`).send({ effect: 'grant' })).status,
        ).toBe(404);
      });

      it('assigns a role idempotently, with a new ETag only when something changed', async () => {
        const path = `/v2/users/${demoUserIds.speaker1}/roles/${await roleId('manager')}`;
        const first = await as(admin).put(path);
        expect(first.status).toBe(200);
        expect(bodyOf<User>(first).roles.map((role) => role.name)).toEqual(['manager', 'speaker']);
        expect(bodyOf<User>(first).permissions).toContain('events:write');
        const again = await as(admin).put(path);
        expect(again.headers.etag).toBe(first.headers.etag);
        expect((await as(admin).delete(path)).status).toBe(204);
        expect((await as(admin).delete(path)).status).toBe(204);
        expect(bodyOf<User>(await as(admin).get(`/v2/users/${demoUserIds.speaker1}`)).permissions).not.toContain('events:write');
      });
    });

    describe('roles', () => {
      it('creates, updates and deletes a custom role; guards the built-in ones', async () => {
        const created = await as(admin)
          .post('/v2/roles')
          .send({ name: 'interpreter', description: 'Checks translations.', permissions: ['transcripts:read', 'live:listen'] });
        expect(created.status).toBe(201);
        expect(created.body).toMatchObject({
          name: 'interpreter',
          built_in: false,
          permissions: ['live:listen', 'transcripts:read'],
          user_count: 0,
          version: 1,
        });
        expect((await as(admin).post('/v2/roles').send({ name: 'interpreter', permissions: [] })).status).toBe(409);
        const unknown = await as(admin)
          .post('/v2/roles')
          .send({ name: 'broken', permissions: ['events:read', 'root:all'] });
        expect(unknown.status).toBe(400);
        expect(bodyOf<ProblemBody>(unknown).errors![0]).toMatchObject({ path: '/permissions/1' });

        const createdId = bodyOf<Role>(created).id;
        const updated = await as(admin)
          .patch(`/v2/roles/${createdId}`)
          .set('If-Match', created.headers.etag!)
          .send({ permissions: ['transcripts:read'] });
        expect(updated.status).toBe(200);
        expect(updated.body).toMatchObject({ permissions: ['transcripts:read'], version: 2 });

        const adminRole = await as(admin).get(`/v2/roles/${await roleId('admin')}`);
        expect(
          (
            await as(admin)
              .patch(`/v2/roles/${bodyOf<Role>(adminRole).id}`)
              .set('If-Match', adminRole.headers.etag!)
              .send({ permissions: ['events:read'] })
          ).status,
        ).toBe(409);
        const speakerRole = await as(admin).get(`/v2/roles/${await roleId('speaker')}`);
        expect(
          (
            await as(admin)
              .patch(`/v2/roles/${bodyOf<Role>(speakerRole).id}`)
              .set('If-Match', speakerRole.headers.etag!)
              .send({ name: 'talker' })
          ).status,
        ).toBe(409);
        expect((await as(admin).delete(`/v2/roles/${bodyOf<Role>(speakerRole).id}`)).status).toBe(409);

        await as(admin).put(`/v2/users/${demoUserIds.listener2}/roles/${createdId}`).expect(200);
        expect((await as(admin).delete(`/v2/roles/${createdId}`)).status).toBe(409);
        await as(admin).delete(`/v2/users/${demoUserIds.listener2}/roles/${createdId}`).expect(204);
        expect((await as(admin).delete(`/v2/roles/${createdId}`)).status).toBe(204);
        expect((await as(admin).get(`/v2/roles/${createdId}`)).status).toBe(404);
      });
    });

    describe('OAuth clients', () => {
      const token = (clientId: string, secret: string) =>
        request(harness.app).post('/v2/oauth/token').type('form').auth(clientId, secret).send({ grant_type: 'client_credentials' });

      it('registers the live-service client from configuration', async () => {
        const client = bodyOf<Schema<'Client'>>(await as(admin).get('/v2/clients/live-service'));
        expect(client).toMatchObject({
          client_id: 'live-service',
          status: 'active',
          allowed_scopes: ['agents:token', 'events:read', 'session_records:write'],
        });
        expect(JSON.stringify(client)).not.toMatch(/secret_hash|scrypt/);
      });

      it('creates a client whose secret is shown once, rotates it with and without grace, disables and deletes it', async () => {
        const created = await as(admin)
          .post('/v2/clients')
          .send({ client_id: 'captioner', name: 'Captioner', allowed_scopes: ['events:read'] });
        expect(created.status).toBe(201);
        expect(created.headers['cache-control']).toBe('no-store');
        const first = bodyOf<Schema<'CreatedClient'>>(created).secret.client_secret;
        expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect((await token('captioner', first)).status).toBe(200);
        expect((await as(admin).post('/v2/clients').send({ client_id: 'captioner', name: 'Again', allowed_scopes: [] })).status).toBe(409);
        const list = bodyOf<Schema<'ClientList'>>(await as(admin).get('/v2/clients'));
        expect(list.items.map((client) => client.client_id)).toEqual(['captioner', 'live-service']);
        expect(JSON.stringify(list)).not.toContain(first);

        const graceful = await as(admin).post('/v2/clients/captioner/secret').send({ grace_period_seconds: 3600 });
        expect(graceful.status).toBe(200);
        expect(bodyOf<Schema<'ClientSecret'>>(graceful).previous_secret_expires_at).not.toBeNull();
        const second = bodyOf<Schema<'ClientSecret'>>(graceful).client_secret;
        expect((await token('captioner', first)).status).toBe(200);
        expect((await token('captioner', second)).status).toBe(200);

        const immediate = await as(admin).post('/v2/clients/captioner/secret');
        expect(bodyOf<Schema<'ClientSecret'>>(immediate).previous_secret_expires_at).toBeNull();
        expect((await token('captioner', second)).status).toBe(401);
        const third = bodyOf<Schema<'ClientSecret'>>(immediate).client_secret;
        const afterUse = await as(admin).get('/v2/clients/captioner');
        expect(bodyOf<Schema<'Client'>>(afterUse).last_used_at).not.toBeNull();

        const disabled = await as(admin)
          .patch('/v2/clients/captioner')
          .set('If-Match', afterUse.headers.etag!)
          .send({ status: 'disabled' });
        expect(bodyOf<Schema<'Client'>>(disabled).status).toBe('disabled');
        expect(bodyOf<OAuthErrorBody>(await token('captioner', third)).error).toBe('invalid_client');
        expect((await as(admin).delete('/v2/clients/captioner')).status).toBe(204);
        expect((await as(admin).get('/v2/clients/captioner')).status).toBe(404);
        const audit = bodyOf<AuditEventList>(await as(admin).get('/v2/audit-events?target_id=captioner')).items.map((event) => event.type);
        expect(audit).toEqual(
          expect.arrayContaining([
            'client_created',
            'client_secret_rotated',
            'client_updated',
            'client_deleted',
            'client_authentication_failed',
          ]),
        );
      });
    });

    describe('signing keys', () => {
      it('publishes the next key before it signs; retired keys keep verifying; a second rotation waits (409)', async () => {
        const jwks = async () => (await request(harness.app).get('/v2/.well-known/jwks.json')).body as { keys: { kid: string }[] };
        const before = await jwks();
        expect(before.keys).toHaveLength(1);
        const oldKid = before.keys[0]!.kid;
        const oldToken = (await signIn(harness.app, 'manager@ilenia.dev', demoPassword)).accessToken;

        const rotated = await as(admin).post('/v2/keys/rotate');
        expect(rotated.status).toBe(200);
        expect(rotated.body).toMatchObject({ active_kid: oldKid, next_key: { status: 'next' } });
        const rotation = bodyOf<Schema<'KeyRotation'>>(rotated);
        const newKid = rotation.next_key.kid;
        expect(new Date(rotation.activates_at).getTime() - Date.now()).toBeGreaterThan(590_000);
        const jwksResponse = await request(harness.app).get('/v2/.well-known/jwks.json');
        expect(jwksResponse.headers['cache-control']).toBe('public, max-age=300');
        expect(
          bodyOf<Schema<'JsonWebKeySet'>>(jwksResponse)
            .keys.map((key) => key.kid)
            .sort(),
        ).toEqual([newKid, oldKid].sort());
        // Until activation the current key still signs.
        const stillOld = (await signIn(harness.app, 'manager@ilenia.dev', demoPassword)).accessToken;
        expect(decodeProtectedHeader(stillOld).kid).toBe(oldKid);
        expect((await as(admin).post('/v2/keys/rotate')).status).toBe(409);
        const keys = bodyOf<Schema<'SigningKeyList'>>(await as(admin).get('/v2/keys')).items.map((key) => [key.kid, key.status]);
        expect(keys).toEqual([
          [newKid, 'next'],
          [oldKid, 'active'],
        ]);

        // Past the activation time, the new key signs and the old one is retired yet still published.
        harness.clockOffsetMs = 601_000;
        try {
          const newToken = (await signIn(harness.app, 'manager@ilenia.dev', demoPassword)).accessToken;
          // Read after the sign-in, so the new token's nbf is never after it.
          const later = new Date(Date.now() + harness.clockOffsetMs);
          expect(decodeProtectedHeader(newToken).kid).toBe(newKid);
          const keySet = createLocalJWKSet(await jwks());
          for (const token of [oldToken, newToken]) {
            await expect(
              jwtVerify(token, keySet, { algorithms: ['RS256'], issuer: testIssuer, audience: 'event-service', currentDate: later }),
            ).resolves.toBeDefined();
          }
          const statuses = bodyOf<Schema<'SigningKeyList'>>(await as(admin).get('/v2/keys')).items.map((key) => key.status);
          expect(statuses).toEqual(['active', 'retired']);
        } finally {
          harness.clockOffsetMs = 0;
        }
        const audit = bodyOf<AuditEventList>(await as(admin).get('/v2/audit-events?type=key_rotated')).items;
        expect(audit[0]).toMatchObject({
          actor: { kind: 'user', id: demoUserIds.admin },
          target: { type: 'signing_key', id: newKid },
          details: { old_kid: oldKid, new_kid: newKid },
        });
      });
    });

    describe('audit log', () => {
      it('filters by type, actor, outcome and time, pages newest first, and refuses until ≤ since', async () => {
        for (const name of ['audit-a', 'audit-b', 'audit-c', 'audit-d'])
          await as(admin).post('/v2/roles').send({ name, permissions: [] }).expect(201);
        const failures = bodyOf<AuditEventList>(await as(admin).get('/v2/audit-events?outcome=failure&limit=200'));
        expect(failures.items.every((event) => event.outcome === 'failure')).toBe(true);
        const mine = bodyOf<AuditEventList>(await as(admin).get(`/v2/audit-events?actor_id=${demoUserIds.admin}&limit=3`));
        expect(mine.items).toHaveLength(3);
        expect(mine.total).toBeGreaterThan(3);
        const times = mine.items.map((event) => Date.parse(event.occurred_at));
        expect([...times].sort((left, right) => right - left)).toEqual(times);
        const secondPage = bodyOf<AuditEventList>(await as(admin).get(`/v2/audit-events?actor_id=${demoUserIds.admin}&limit=3&offset=3`));
        expect(secondPage.items[0]!.id).not.toBe(mine.items[2]!.id);
        const logins = bodyOf<AuditEventList>(await as(admin).get('/v2/audit-events?type=login_succeeded&limit=1')).items[0]!;
        expect(logins).toMatchObject({ type: 'login_succeeded', outcome: 'success', actor: { kind: 'user' }, target: { type: 'user' } });
        expect(logins.client_ip).toMatch(/^198\.51\./);
        expect(logins.request_id).toBeTruthy();
        const future = new Date(Date.now() + 86_400_000).toISOString();
        expect(bodyOf<AuditEventList>(await as(admin).get(`/v2/audit-events?since=${encodeURIComponent(future)}`)).total).toBe(0);
        const inverted = await as(admin).get(
          `/v2/audit-events?since=${encodeURIComponent(future)}&until=${encodeURIComponent(new Date().toISOString())}`,
        );
        expect(inverted.status).toBe(400);
      });

      it('is append-only: the database refuses to change or remove an event', async () => {
        const update = await sql`update audit_events set outcome = 'success'`.execute(harness.database.db).catch((error: unknown) => error);
        expect((update as { code?: string }).code).toBe('42501');
        const remove = await sql`delete from audit_events`.execute(harness.database.db).catch((error: unknown) => error);
        expect((remove as { code?: string }).code).toBe('42501');
      });

      it('never records passwords, secrets or tokens', async () => {
        const rows = await harness.database.db.selectFrom('audit_events').select('details').execute();
        const text = JSON.stringify(rows);
        expect(text).not.toContain(demoPassword);
        expect(text).not.toContain(liveServiceSecret);
        expect(text).not.toMatch(/rt_[A-Za-z0-9_-]{43}|eyJ[A-Za-z0-9_-]{10,}/);
      });
    });
  });
}
