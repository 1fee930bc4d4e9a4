/**
 * The people directory (`GET /v2/people`) event managers assign speakers and listeners from: names and
 * emails only, behind its own permission, which managers hold and listeners do not.
 */
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, demoUserIds } from '@ilenia/kit';
import { databaseEngines } from '@ilenia/kit/testing';
import { grantPeopleSearch } from '../src/db/migrations/2026-12-03T10-00-00_grant_people_search.js';
import { signIn, useAuthService } from './support/auth-harness.js';
import { bodyOf, type ProblemBody, type Schema } from './support/responses.js';

type PersonList = Schema<'PersonList'>;

for (const engine of await databaseEngines('ilenia_auth_people')) {
  describe.skipIf(!engine.available)(`the people directory on ${engine.name}`, () => {
    const harness = useAuthService(engine);
    let admin: string;
    let manager: string;
    let listener: string;
    const get = (token: string, path: string) => request(harness.app).get(path).set('Authorization', `Bearer ${token}`);

    beforeAll(async () => {
      admin = (await signIn(harness.app, 'admin@ilenia.dev', demoPassword)).accessToken;
      manager = (await signIn(harness.app, 'manager@ilenia.dev', demoPassword)).accessToken;
      listener = (await signIn(harness.app, 'listener1@ilenia.dev', demoPassword)).accessToken;
    });

    it('lets a manager find people by name or email, seeing only their id, name and email', async () => {
      const found = await get(manager, '/v2/people?q=SPEAKER');
      expect(found.status).toBe(200);
      expect(found.body).toMatchObject({ total: 2, limit: 50, offset: 0 });
      expect(
        bodyOf<PersonList>(found)
          .items.map((person) => person.email)
          .sort(),
      ).toEqual(['speaker1@ilenia.dev', 'speaker2@ilenia.dev']);
      for (const person of bodyOf<PersonList>(found).items) expect(Object.keys(person).sort()).toEqual(['display_name', 'email', 'id']);
      expect((await get(manager, '/v2/people?q=nobody-has-this')).body).toMatchObject({ items: [], total: 0 });
      // LIKE wildcards are text, not patterns.
      expect(bodyOf<PersonList>(await get(manager, '/v2/people?q=%25')).total).toBe(0);
    });

    it('answers people by id (repeated), disabled ones included, and leaves unknown ids out', async () => {
      const path = `/v2/users/${demoUserIds.listener2}`;
      const current = await get(admin, path);
      const disabled = await request(harness.app)
        .patch(path)
        .set('Authorization', `Bearer ${admin}`)
        .set('If-Match', current.headers.etag!)
        .send({ status: 'disabled' });
      expect(disabled.status).toBe(200);
      const byId = await get(
        manager,
        `/v2/people?id=${demoUserIds.speaker1}&id=${demoUserIds.listener2}&id=8a3e5c1d-0000-4000-8000-000000000000`,
      );
      expect(byId.status).toBe(200);
      expect(
        bodyOf<PersonList>(byId)
          .items.map((person) => person.id)
          .sort(),
      ).toEqual([demoUserIds.speaker1, demoUserIds.listener2].sort());
      // A text search finds active people only.
      expect(bodyOf<PersonList>(await get(manager, '/v2/people?q=listener')).items.map((person) => person.id)).toEqual([
        demoUserIds.listener1,
      ]);
      expect(bodyOf<PersonList>(await get(manager, `/v2/people?id=${demoUserIds.speaker1}&q=listener`)).total).toBe(0);
    });

    it('refuses people without people:search (403 naming it) and bad filters (400 naming them)', async () => {
      const refused = await get(listener, '/v2/people?q=speaker');
      expect(refused.status).toBe(403);
      expect(bodyOf<ProblemBody>(refused).missing_permissions).toEqual(['people:search']);
      const badId = await get(manager, '/v2/people?id=not-a-uuid');
      expect(badId.status).toBe(400);
      expect(bodyOf<ProblemBody>(badId).errors![0]).toMatchObject({ location: 'query' });
      expect((await get(manager, '/v2/people?q=')).status).toBe(400);
    });

    it('gives people:search to the built-in manager role of a database seeded before it existed', async () => {
      const db = harness.database.db;
      const managerRole = await db.selectFrom('roles').select('id').where('name', '=', 'manager').executeTakeFirstOrThrow();
      await db.deleteFrom('role_permissions').where('role_id', '=', managerRole.id).where('permission', '=', 'people:search').execute();
      await grantPeopleSearch.up(db);
      await grantPeopleSearch.up(db);
      const permissions = await db.selectFrom('role_permissions').select('permission').where('role_id', '=', managerRole.id).execute();
      expect(permissions.filter((row) => row.permission === 'people:search')).toHaveLength(1);
    });
  });
}
