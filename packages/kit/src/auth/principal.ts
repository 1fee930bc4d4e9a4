/** Who is calling: a person (through a login token) or a service (through client credentials). */
export interface Principal {
  kind: 'user' | 'service';
  /** `sub`: the user id, or the client id for services. */
  subject: string;
  clientId?: string;
  roles: readonly string[];
  /** Effective permissions for users; granted scopes for services. */
  permissions: ReadonlySet<string>;
  tokenId?: string;
  expiresAt?: Date;
  claims: Readonly<Record<string, unknown>>;
}

/** The permissions of `required` that `principal` lacks (empty when it may proceed). */
export function missingPermissions(principal: Principal, required: readonly string[]): string[] {
  return required.filter((permission) => !principal.permissions.has(permission));
}
