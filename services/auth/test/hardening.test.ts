/**
 * Platform hardening of the auth service (issue 14): the client address cannot be forged, password
 * hashes follow the current scrypt cost, and more as the findings are fixed.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../kit/src/logger.js';
import { buildAuthApp } from '../src/app.js';
import { hashSecret, scryptParameters } from '../src/crypto/passwords.js';
import { demoPassword, demoUserIds } from '../src/seed/demo-users.js';
import { engines, signIn, useAuthService } from './support/auth-harness.js';

for (const engine of await engines()) {
  describe(`hardening on ${engine.name}`, () => {
    const harness = useAuthService(engine);

    it('records the connecting address, not a forged X-Forwarded-For, when no gateway is configured', async () => {
      const app = buildAuthApp({ logger: createLogger({ service: 'auth-test', level: 'silent' }), handlers: harness.service.handlers, authenticators: { bearerAuth: harness.service.bearerAuth } });
      await request(app).post('/v2/auth/login').set('X-Forwarded-For', '203.0.113.66').send({ email: 'forged.address@ilenia.dev', password: 'not-the-password' }).expect(401);
      const rows = await harness.database.db.selectFrom('audit_events').select('client_ip').where('type', '=', 'login_failed').execute();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.client_ip).not.toBe('203.0.113.66');
        expect(row.client_ip).toMatch(/127\.0\.0\.1|::1/);
      }
    });

    it('redoes a password hash made with older scrypt parameters at the next sign-in', async () => {
      const users = harness.database.db.selectFrom('users').select('password_hash').where('id', '=', demoUserIds.listener2);
      await harness.database.db.updateTable('users').set({ password_hash: await hashSecret(demoPassword, scryptParameters(10)) }).where('id', '=', demoUserIds.listener2).execute();
      await signIn(harness.app, 'listener2@ilenia.dev', demoPassword);
      const { password_hash: upgraded } = await users.executeTakeFirstOrThrow();
      expect(upgraded).toMatch(new RegExp(`^scrypt\\$${harness.service.deps.passwords.parameters.cost}\\$8\\$1\\$`));
      // The new hash is of the same password: signing in again still works.
      await signIn(harness.app, 'listener2@ilenia.dev', demoPassword);
    });
  });
}
