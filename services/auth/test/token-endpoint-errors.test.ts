/**
 * The token endpoint answers malformed requests in the RFC 6749 §5.2 format its spec promises, even
 * when the kit refuses them before the handler (wrong media type, unknown query parameter, text that
 * cannot be stored, a body too large or unparsable); every other endpoint keeps its Problems.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { databaseEngines } from '@ilenia/kit/testing';
import { liveServiceSecret, useAuthService } from './support/auth-harness.js';
import { bodyOf, type OAuthErrorBody } from './support/responses.js';

for (const engine of await databaseEngines('ilenia_auth_oauth_errors')) {
  describe.skipIf(!engine.available)(`token endpoint errors on ${engine.name}`, () => {
    const harness = useAuthService(engine);
    const token = () => request(harness.app).post('/v2/oauth/token');

    it.each([
      ['a JSON body', () => token().send({ grant_type: 'client_credentials' })],
      ['a text body', () => token().type('text/plain').send('grant_type=client_credentials')],
      ['broken JSON', () => token().type('application/json').send('{"grant_type":')],
      [
        'an unknown query parameter',
        () => request(harness.app).post('/v2/oauth/token?debug=1').type('form').send({ grant_type: 'client_credentials' }),
      ],
      [
        'a NUL in the client id',
        () => token().type('form').send({ grant_type: 'client_credentials', client_id: 'live\u0000service', client_secret: 'x' }),
      ],
      [
        'a body over the size limit',
        () =>
          token()
            .type('form')
            .send(`grant_type=client_credentials&scope=${'a'.repeat(2 * 1024 * 1024)}`),
      ],
    ])('answers %s with 400 invalid_request, not a Problem', async (_name, send) => {
      const response = await send();
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.body).toEqual({ error: 'invalid_request', error_description: expect.any(String) as unknown });
    });

    it('still issues tokens, and keeps invalid_client for bad credentials', async () => {
      const issued = await token().type('form').auth('live-service', liveServiceSecret).send({ grant_type: 'client_credentials' });
      expect(issued.status).toBe(200);
      const refused = await token().type('form').auth('live-service', 'wrong').send({ grant_type: 'client_credentials' });
      expect(refused.status).toBe(401);
      expect(bodyOf<OAuthErrorBody>(refused).error).toBe('invalid_client');
    });

    it('leaves the other endpoints answering Problems', async () => {
      const response = await request(harness.app).post('/v2/auth/login?debug=1').send({ email: 'a@b.c', password: 'x' });
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  });
}
