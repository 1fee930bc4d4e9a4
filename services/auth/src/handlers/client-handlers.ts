import type { AuthHandlers } from '@ilenia/generated/openapi/auth/server';
import { originOf } from '../domain/audit-log.js';
import {
  clientView,
  createClient,
  deleteClient,
  findClientOr404,
  rotateClientSecret,
  unlockClient,
  updateClient,
} from '../domain/client-admin.js';
import type { AuthDependencies } from '../domain/dependencies.js';
import { versionTag } from '@ilenia/kit';
import { ClientRepository } from '../repositories/clients.js';

type ClientHandlerNames =
  'listClients' | 'createClient' | 'getClient' | 'updateClient' | 'deleteClient' | 'rotateClientSecret' | 'unlockClient';

/** OAuth clients (services) and their secrets. */
export function clientHandlers(deps: AuthDependencies): Pick<AuthHandlers, ClientHandlerNames> {
  return {
    async listClients(input) {
      const limit = input.query.limit ?? 50;
      const offset = input.query.offset ?? 0;
      const page = await new ClientRepository(deps.db).list({ limit, offset });
      return { status: 200, body: { items: page.items.map(clientView), total: page.total, limit, offset } };
    },
    async createClient(input, context) {
      const { client, secret } = await createClient(deps, input.body, originOf(context));
      return {
        status: 201,
        body: {
          client: clientView(client),
          secret: {
            client_id: client.client_id,
            client_secret: secret,
            issued_at: client.secret_rotated_at.toISOString(),
            previous_secret_expires_at: null,
          },
        },
        headers: { Location: `/v2/clients/${client.client_id}`, ETag: versionTag(client.version), 'Cache-Control': 'no-store' },
      };
    },
    async getClient(input) {
      const client = await findClientOr404(deps, input.path.client_id);
      return { status: 200, body: clientView(client), headers: { ETag: versionTag(client.version) } };
    },
    async updateClient(input, context) {
      const client = await updateClient(deps, input.path.client_id, input.headers['if-match'], input.body, originOf(context));
      return { status: 200, body: clientView(client), headers: { ETag: versionTag(client.version) } };
    },
    async deleteClient(input, context) {
      await deleteClient(deps, input.path.client_id, originOf(context));
      return { status: 204 };
    },
    async rotateClientSecret(input, context) {
      const secret = await rotateClientSecret(deps, input.path.client_id, input.body?.grace_period_seconds ?? 0, originOf(context));
      return { status: 200, body: secret, headers: { 'Cache-Control': 'no-store' } };
    },
    async unlockClient(input, context) {
      await unlockClient(deps, input.path.client_id, originOf(context));
      return { status: 204 };
    },
  };
}
