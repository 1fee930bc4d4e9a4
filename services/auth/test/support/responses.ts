import type { components } from '@ilenia/generated/openapi/auth/types';
import type request from 'supertest';

type Schemas = components['schemas'];

/** The auth API's schemas by name, for typing the bodies tests read. */
export type LoginResponse = Schemas['LoginResponse'];
export type TokenResponse = Schemas['TokenResponse'];
export type CreatedClient = Schemas['CreatedClient'];
export type JsonWebKeySet = Schemas['JsonWebKeySet'];
export type User = Schemas['User'];
export type OAuthErrorBody = Schemas['OAuthError'];
export type ProblemBody = Schemas['Problem'] & {
  errors?: { location: string; path: string; message: string }[];
  missing_permissions?: string[];
};

/**
 * A response's JSON body as the type the spec gives it. supertest types every body as `any`; reading
 * it through the schema's type keeps the tests type-checked (a renamed field breaks them at compile time).
 */
export function bodyOf<Body>(response: request.Response): Body {
  return response.body as Body;
}

/** Any schema of the auth API by name, for the bodies without an alias above. */
export type Schema<Name extends keyof Schemas> = Schemas[Name];
