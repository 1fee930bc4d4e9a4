/**
 * The auth service behind no configured gateway: a forged X-Forwarded-For neither changes the
 * address the audit log records nor the address that sign-in failures are counted against.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../kit/src/logger.js';
import { buildAuthApp } from '../src/app.js';
import { engines, useAuthService } from './support/auth-harness.js';

for (const engine of await engines()) {
  describe(`client address on ${engine.name}`, () => {
    const harness = useAuthService(engine);

    it('records the connecting address, not a forged X-Forwarded-For, in the audit log', async () => {
      const app = buildAuthApp({ logger: createLogger({ service: 'auth-test', level: 'silent' }), handlers: harness.service.handlers, authenticators: { bearerAuth: harness.service.bearerAuth } });
      await request(app).post('/v2/auth/login').set('X-Forwarded-For', '203.0.113.66').send({ email: 'forged.address@ilenia.dev', password: 'not-the-password' }).expect(401);
      const rows = await harness.database.db.selectFrom('audit_events').select('client_ip').where('type', '=', 'login_failed').execute();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.client_ip).not.toBe('203.0.113.66');
        expect(row.client_ip).toMatch(/127\.0\.0\.1|::1/);
      }
    });
  });
}
