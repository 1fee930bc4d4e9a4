/**
 * Attacks from inside administration, through the generated router on a real database: an old token
 * of someone disabled or demoted, clients with administrative scopes, administrators who strip each
 * other until nobody can administer, and holders of one administrative permission who try to grow it
 * into all of them.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, demoUserIds } from '@ilenia/kit';
import { databaseEngines } from '@ilenia/kit/testing';
import { signIn, useAuthService, type AuthHarness } from './support/auth-harness.js';
import {
  bodyOf,
  type CreatedClient,
  type OAuthErrorBody,
  type ProblemBody,
  type Schema,
  type TokenResponse,
  type User,
} from './support/responses.js';

type UserPermissions = Schema<'UserPermissions'>;
type UserList = Schema<'UserList'>;

const password = 'a-good-long-password';

/** Requests with a bearer token, and the ids and people the scenarios are built from. */
function administration(harness: AuthHarness) {
  const as = (token: string) => ({
    get: (path: string) => request(harness.app).get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string) => request(harness.app).post(path).set('Authorization', `Bearer ${token}`),
    put: (path: string) => request(harness.app).put(path).set('Authorization', `Bearer ${token}`),
    patch: (path: string) => request(harness.app).patch(path).set('Authorization', `Bearer ${token}`),
    delete: (path: string) => request(harness.app).delete(path).set('Authorization', `Bearer ${token}`),
  });
  const roleId = async (name: string) =>
    (await harness.database.db.selectFrom('roles').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
  /** Creates a user with the named roles (as the demo administrator) and signs them in. */
  const person = async (admin: string, email: string, roles: string[]) => {
    const created = await as(admin)
      .post('/v2/users')
      .send({ email, display_name: email, password, roles: await Promise.all(roles.map(roleId)) });
    expect(created.status).toBe(201);
    return { id: bodyOf<User>(created).id, token: (await signIn(harness.app, email, password)).accessToken };
  };
  const role = async (admin: string, name: string, permissions: string[]) => {
    expect((await as(admin).post('/v2/roles').send({ name, permissions })).status).toBe(201);
  };
  return { as, roleId, person, role };
}

for (const engine of await databaseEngines('ilenia_auth')) {
  describe.skipIf(!engine.available)(`administration attacks on ${engine.name}`, () => {
    const harness = useAuthService(engine);
    const { as, roleId, person, role } = administration(harness);
    let admin: string;

    beforeAll(async () => {
      admin = (await signIn(harness.app, 'admin@ilenia.dev', demoPassword)).accessToken;
      await role(admin, 'user-manager', ['users:read', 'users:write']);
      await role(admin, 'permission-manager', ['users:read', 'permissions:write']);
      await role(admin, 'role-editor', ['roles:read', 'roles:write']);
    });

    describe('a token outlives nothing it was issued for', () => {
      it("refuses a disabled administrator's unexpired token on every operation, users/me included (401)", async () => {
        const rogue = await person(admin, 'rogue.admin@ilenia.dev', ['admin']);
        const current = await as(admin).get(`/v2/users/${rogue.id}`);
        expect(
          (await as(admin).patch(`/v2/users/${rogue.id}`).set('If-Match', current.headers.etag!).send({ status: 'disabled' })).status,
        ).toBe(200);

        const client = await as(rogue.token)
          .post('/v2/clients')
          .send({ client_id: 'rogue-client', name: 'Rogue', allowed_scopes: ['events:read'] });
        expect(client.status).toBe(401);
        expect(client.headers['content-type']).toContain('application/problem+json');
        expect(
          (
            await as(rogue.token)
              .post('/v2/users')
              .send({ email: 'rogue.friend@ilenia.dev', display_name: 'Friend', password, roles: [await roleId('admin')] })
          ).status,
        ).toBe(401);
        expect((await as(rogue.token).get('/v2/users/me')).status).toBe(401);
        expect((await as(rogue.token).get('/v2/users')).status).toBe(401);
        expect((await as(admin).get('/v2/clients/rogue-client')).status).toBe(404);
      });

      it('refuses a token whose session an administrator revoked, and a demoted administrator keeps no power', async () => {
        const signedOut = await person(admin, 'lost.device@ilenia.dev', ['manager']);
        expect((await as(signedOut.token).get('/v2/users/me')).status).toBe(200);
        expect((await as(admin).delete(`/v2/users/${signedOut.id}/sessions`)).status).toBe(204);
        expect((await as(signedOut.token).get('/v2/users/me')).status).toBe(401);

        const demoted = await person(admin, 'demoted.admin@ilenia.dev', ['admin']);
        expect((await as(admin).delete(`/v2/users/${demoted.id}/roles/${await roleId('admin')}`)).status).toBe(204);
        const refused = await as(demoted.token).post('/v2/roles').send({ name: 'back-door', permissions: [] });
        expect(refused.status).toBe(403);
        expect(bodyOf<ProblemBody>(refused).missing_permissions).toEqual(['roles:write']);
      });

      it('never lets a client hold or receive an administrative scope', async () => {
        for (const scope of ['users:write', 'permissions:write', 'roles:write', 'clients:write', 'keys:rotate']) {
          const refused = await as(admin)
            .post('/v2/clients')
            .send({ client_id: 'grabby', name: 'Grabby', allowed_scopes: ['events:read', scope] });
          expect(refused.status).toBe(400);
          expect(bodyOf<ProblemBody>(refused).errors![0]).toMatchObject({ location: 'body', path: '/allowed_scopes/1' });
        }
        const created = await as(admin)
          .post('/v2/clients')
          .send({ client_id: 'honest', name: 'Honest', allowed_scopes: ['events:read'] });
        expect(created.status).toBe(201);
        const widened = await as(admin)
          .patch('/v2/clients/honest')
          .set('If-Match', created.headers.etag!)
          .send({ allowed_scopes: ['events:read', 'users:write'] });
        expect(widened.status).toBe(400);

        // A client stored with an administrative scope before the rule existed is never granted it.
        await harness.database.db
          .updateTable('oauth_clients')
          .set({ allowed_scopes: ['events:read', 'users:write'] })
          .where('client_id', '=', 'honest')
          .execute();
        const secret = bodyOf<CreatedClient>(created).secret.client_secret;
        const issue = (scope?: string) =>
          request(harness.app)
            .post('/v2/oauth/token')
            .type('form')
            .auth('honest', secret)
            .send({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) });
        const all = await issue();
        expect(all.status).toBe(200);
        expect(bodyOf<TokenResponse>(all).scope).toBe('events:read');
        expect(bodyOf<OAuthErrorBody>(await issue('users:write')).error).toBe('invalid_scope');
      });
    });

    describe('nobody gives what they do not hold, nor changes their own', () => {
      it('keeps a holder of users:write alone from making anyone an administrator, themselves included', async () => {
        const manager = await person(admin, 'user.manager@ilenia.dev', ['user-manager']);
        const adminRole = await roleId('admin');
        expect((await as(manager.token).put(`/v2/users/${manager.id}/roles/${adminRole}`)).status).toBe(409);
        const forOther = await as(manager.token).put(`/v2/users/${demoUserIds.listener1}/roles/${adminRole}`);
        expect(forOther.status).toBe(403);
        expect(bodyOf<ProblemBody>(forOther).missing_permissions).toContain('permissions:write');
        expect(
          (
            await as(manager.token)
              .post('/v2/users')
              .send({ email: 'puppet@ilenia.dev', display_name: 'Puppet', password, roles: [adminRole] })
          ).status,
        ).toBe(403);
        // What they hold they may give.
        expect((await as(manager.token).put(`/v2/users/${demoUserIds.listener1}/roles/${await roleId('user-manager')}`)).status).toBe(200);
        // Resetting an administrator's password would take their account over.
        const target = await as(manager.token).get(`/v2/users/${demoUserIds.admin}`);
        const takeover = await as(manager.token)
          .patch(`/v2/users/${demoUserIds.admin}`)
          .set('If-Match', target.headers.etag!)
          .send({ password: 'taken-over-password' });
        expect(takeover.status).toBe(403);
        expect((await as(admin).get('/v2/users/me')).status).toBe(200);
        expect(bodyOf<User>(await as(manager.token).get(`/v2/users/${demoUserIds.admin}`)).roles.map((held) => held.name)).toEqual([
          'admin',
        ]);
      });

      it('keeps a holder of permissions:write from granting anything else, or anything to themselves', async () => {
        const granter = await person(admin, 'permission.manager@ilenia.dev', ['permission-manager']);
        expect((await as(granter.token).put(`/v2/users/${granter.id}/permissions/users:write`).send({ effect: 'grant' })).status).toBe(409);
        expect((await as(granter.token).put(`/v2/users/${granter.id}/permissions/events:read`).send({ effect: 'revoke' })).status).toBe(
          409,
        );
        const refused = await as(granter.token).put(`/v2/users/${demoUserIds.listener2}/permissions/users:write`).send({ effect: 'grant' });
        expect(refused.status).toBe(403);
        expect(bodyOf<ProblemBody>(refused).missing_permissions).toEqual(['users:write']);
        expect(
          (await as(granter.token).put(`/v2/users/${demoUserIds.listener2}/permissions/permissions:write`).send({ effect: 'grant' }))
            .status,
        ).toBe(200);
        // Removing a revoke gives the permission back: the same rule.
        expect((await as(admin).put(`/v2/users/${demoUserIds.listener2}/permissions/live:listen`).send({ effect: 'revoke' })).status).toBe(
          200,
        );
        expect((await as(granter.token).delete(`/v2/users/${demoUserIds.listener2}/permissions/live:listen`)).status).toBe(403);
        const effective = bodyOf<UserPermissions>(await as(admin).get(`/v2/users/${demoUserIds.listener2}/permissions`)).effective;
        expect(effective).not.toContain('users:write');
        expect(effective).not.toContain('live:listen');
      });

      it('keeps a holder of roles:write from putting into a role what they do not hold', async () => {
        const editor = await person(admin, 'role.editor@ilenia.dev', ['role-editor']);
        expect(
          (
            await as(editor.token)
              .post('/v2/roles')
              .send({ name: 'escalator', permissions: ['users:write'] })
          ).status,
        ).toBe(403);
        const mine = await as(editor.token).get(`/v2/roles/${await roleId('role-editor')}`);
        const widened = await as(editor.token)
          .patch(`/v2/roles/${bodyOf<Schema<'Role'>>(mine).id}`)
          .set('If-Match', mine.headers.etag!)
          .send({ permissions: ['roles:read', 'roles:write', 'keys:rotate'] });
        expect(widened.status).toBe(403);
        expect(bodyOf<ProblemBody>(widened).missing_permissions).toEqual(['keys:rotate']);
        expect(
          (
            await as(editor.token)
              .post('/v2/roles')
              .send({ name: 'reader', permissions: ['roles:read'] })
          ).status,
        ).toBe(201);
      });
    });
  });

  describe.skipIf(!engine.available)(`the last administrator on ${engine.name}`, () => {
    const harness = useAuthService(engine);
    const { as, roleId, person, role } = administration(harness);
    let admin: string;

    beforeAll(async () => {
      admin = (await signIn(harness.app, 'admin@ilenia.dev', demoPassword)).accessToken;
      await role(admin, 'user-manager', ['users:read', 'users:write']);
    });

    it('counts who holds the administrative permissions after overrides, not who holds the role', async () => {
      const second = await person(admin, 'second.admin@ilenia.dev', ['admin']);
      const adminRole = await roleId('admin');
      // The demo administrator steps down; two administrators remain... on paper.
      expect((await as(second.token).delete(`/v2/users/${demoUserIds.admin}/roles/${adminRole}`)).status).toBe(204);
      const third = await person(second.token, 'third.admin@ilenia.dev', ['admin']);
      expect((await as(second.token).put(`/v2/users/${third.id}/permissions/users:write`).send({ effect: 'revoke' })).status).toBe(200);
      // Stripping the second of permissions:write would leave nobody able to administer.
      const stripped = await as(third.token).put(`/v2/users/${second.id}/permissions/permissions:write`).send({ effect: 'revoke' });
      expect(stripped.status).toBe(409);
      expect(bodyOf<ProblemBody>(stripped).type).toBe('https://ilenia.dev/problems/conflict');
      // Nor may a holder of users:write disable, delete or demote the last full administrator.
      const manager = await person(second.token, 'user.manager@ilenia.dev', ['user-manager']);
      const current = await as(manager.token).get(`/v2/users/${second.id}`);
      expect(
        (await as(manager.token).patch(`/v2/users/${second.id}`).set('If-Match', current.headers.etag!).send({ status: 'disabled' }))
          .status,
      ).toBe(409);
      expect((await as(manager.token).delete(`/v2/users/${second.id}`)).status).toBe(409);
      expect((await as(manager.token).delete(`/v2/users/${second.id}/roles/${adminRole}`)).status).toBe(409);
      const afterwards = bodyOf<UserPermissions>(await as(second.token).get(`/v2/users/${second.id}/permissions`)).effective;
      expect(afterwards).toEqual(
        expect.arrayContaining(['users:write', 'permissions:write', 'roles:write', 'clients:write', 'keys:rotate']),
      );
    });

    it('lets only one of two simultaneous demotions pass when together they would leave no administrator', async () => {
      const adminRole = await roleId('admin');
      const second = (await signIn(harness.app, 'second.admin@ilenia.dev', password)).accessToken;
      const spare = await person(second, 'spare.admin@ilenia.dev', ['admin']);
      const manager = await person(second, 'racing.manager@ilenia.dev', ['user-manager']);
      const full = bodyOf<UserList>(await as(second).get('/v2/users?role=admin&limit=200')).items;
      const administrators = full.filter((user) =>
        ['users:write', 'permissions:write', 'roles:write', 'clients:write', 'keys:rotate'].every((permission) =>
          user.permissions.includes(permission),
        ),
      );
      expect(administrators.map((user) => user.id).sort()).toEqual(
        [spare.id, bodyOf<User>(await as(second).get('/v2/users/me')).id].sort(),
      );
      const answers = await Promise.all(
        administrators.map((user) => user.id).map((id) => as(manager.token).delete(`/v2/users/${id}/roles/${adminRole}`)),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([204, 409]);
      const remaining = bodyOf<UserList>(await as(manager.token).get('/v2/users?role=admin&limit=200')).items;
      expect(
        remaining.filter((user) => user.permissions.includes('permissions:write') && user.permissions.includes('users:write')),
      ).toHaveLength(1);
    });
  });
}
