import { calculateJwkThumbprint, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { createJwtVerifier, type AccessTokenVerifier } from '@ilenia/kit';
import { problems } from '@ilenia/kit';
import { openPrivateKey, sealPrivateKey } from '../crypto/key-sealing.js';
import type { AuthDatabase, SigningKeyRow } from '../db/schema.js';
import { SigningKeyRepository } from '../repositories/signing-keys.js';
import type { Clock } from './ids.js';

export type KeyStatus = 'next' | 'active' | 'retired' | 'expired' | 'revoked';

/** A key's public metadata, as `GET /v2/keys` shows it. */
export interface SigningKeyView {
  kid: string;
  kty: 'RSA';
  alg: 'RS256';
  use: 'sig';
  key_size: 2048 | 3072 | 4096;
  status: KeyStatus;
  created_at: string;
  activates_at: string;
  retires_at: string | null;
  expires_at: string | null;
}

export interface KeySchedule {
  publishAheadSeconds: number;
  retiredTtlSeconds: number;
  rotationDays: number | undefined;
}

const keySize = 2048;
const seconds = 1000;

/**
 * Where each key stands at `now`, derived from activation times alone: the newest key whose time has
 * come is active; later ones are `next` (published, not signing); earlier ones retired when the next
 * one activated, and expired once `retiredTtlSeconds` have passed since. No state changes on the
 * minute a key activates, so every instance agrees without coordination. A revoked key is `revoked`
 * from `revoked_at` on and never active; it still ended its predecessor's time, so revoking it
 * brings no expired key back into the JWKS.
 */
export function keyStatuses(rows: readonly SigningKeyRow[], now: Date, schedule: KeySchedule): SigningKeyView[] {
  const ordered = [...rows].sort((left, right) => left.activates_at.getTime() - right.activates_at.getTime());
  const activeIndex = ordered.findLastIndex((row) => !row.revoked_at && row.activates_at.getTime() <= now.getTime());
  return ordered
    .map((row, index): SigningKeyView => {
      if (row.revoked_at)
        return { ...viewOf(row), status: 'revoked', retires_at: row.revoked_at.toISOString(), expires_at: row.revoked_at.toISOString() };
      let status: KeyStatus;
      let retiresAt: Date | null;
      let expiresAt: Date | null = null;
      if (index > activeIndex) {
        status = 'next';
        retiresAt = ordered.slice(index + 1).find((later) => !later.revoked_at)?.activates_at ?? null;
      } else if (index === activeIndex) {
        status = 'active';
        retiresAt = ordered.slice(index + 1).find((later) => !later.revoked_at)?.activates_at ?? null;
        if (!retiresAt && schedule.rotationDays !== undefined)
          retiresAt = new Date(row.activates_at.getTime() + schedule.rotationDays * 86_400 * seconds);
      } else {
        retiresAt = ordered[index + 1]!.activates_at;
        expiresAt = new Date(retiresAt.getTime() + schedule.retiredTtlSeconds * seconds);
        status = expiresAt.getTime() <= now.getTime() ? 'expired' : 'retired';
      }
      return { ...viewOf(row), status, retires_at: retiresAt?.toISOString() ?? null, expires_at: expiresAt?.toISOString() ?? null };
    })
    .reverse();
}

function viewOf(row: SigningKeyRow): Omit<SigningKeyView, 'status' | 'retires_at' | 'expires_at'> {
  return {
    kid: row.kid,
    kty: 'RSA',
    alg: 'RS256',
    use: 'sig',
    key_size: row.key_size as SigningKeyView['key_size'],
    created_at: row.created_at.toISOString(),
    activates_at: row.activates_at.toISOString(),
  };
}

interface LoadedKey {
  row: SigningKeyRow;
  privateKey: CryptoKey;
}

/**
 * The signing keys, held in memory and reloaded from the database every `reloadMs` (other
 * instances may rotate), and at once when a token names a kid not held yet.
 */
export class KeyStore {
  private keys: LoadedKey[] = [];
  private loadedAt = 0;
  private verifier: { kids: string; verifier: AccessTokenVerifier } | undefined;

  constructor(
    private readonly db: Kysely<AuthDatabase>,
    private readonly schedule: KeySchedule & { keyEncryptionKey: Buffer },
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly reloadMs = 30_000,
  ) {}

  /** Loads the keys; on a first start (no key whose time has come) creates the first active key. */
  async start(): Promise<void> {
    await this.db.transaction().execute(async (transaction) => {
      const repository = new SigningKeyRepository(transaction);
      await repository.lockForRotation();
      const rows = await repository.all();
      if (!rows.some((row) => row.activates_at.getTime() <= this.clock().getTime())) {
        const created = await createKey(this.clock(), this.clock());
        await repository.insert(this.sealed(created));
        this.logger.info({ kid: created.kid }, 'created the first signing key');
      }
    });
    await this.reload();
  }

  async reload(): Promise<void> {
    const rows = await new SigningKeyRepository(this.db).all();
    const held = new Map(this.keys.map((key) => [key.row.kid, key]));
    this.keys = await Promise.all(
      rows.map(async (row) => {
        const known = held.get(row.kid);
        // The row is taken anew (it may have been revoked since); the opened private key is kept.
        if (known) return { row, privateKey: known.privateKey };
        return {
          row,
          privateKey: (await importJWK(
            openPrivateKey(row.private_jwk, row.kid, this.schedule.keyEncryptionKey) as JWK,
            'RS256',
          )) as CryptoKey,
        };
      }),
    );
    this.loadedAt = Date.now();
  }

  private async fresh(): Promise<void> {
    if (Date.now() - this.loadedAt > this.reloadMs) await this.reload();
  }

  views(): SigningKeyView[] {
    return keyStatuses(
      this.keys.map((key) => key.row),
      this.clock(),
      this.schedule,
    );
  }

  /** The key that signs now. */
  async activeKey(): Promise<{ kid: string; privateKey: CryptoKey }> {
    await this.fresh();
    const active = this.views().find((view) => view.status === 'active');
    const key = active && this.keys.find((candidate) => candidate.row.kid === active.kid);
    if (!key) throw problems.unavailable('No signing key is active.');
    return { kid: key.row.kid, privateKey: key.privateKey };
  }

  /** The public keys to publish: next, active and retired (not expired). */
  async publishedKeys(): Promise<JWK[]> {
    await this.fresh();
    const published = new Set(
      this.views()
        .filter((view) => view.status !== 'expired' && view.status !== 'revoked')
        .map((view) => view.kid),
    );
    return this.keys.filter((key) => published.has(key.row.kid)).map((key) => key.row.public_jwk as JWK);
  }

  /**
   * Verifies the service's own tokens with the keys it holds (the kit's verifier: RS256 pinned,
   * `typ` at+jwt, issuer and audience checked), rebuilt whenever the published set changes.
   */
  async verifierFor(token: string, options: { issuer: string; audience: string }): Promise<AccessTokenVerifier> {
    await this.fresh();
    const kid = kidOf(token);
    if (kid && !this.keys.some((key) => key.row.kid === kid) && Date.now() - this.loadedAt > 1_000) await this.reload();
    const keys = await this.publishedKeys();
    const kids = keys.map((key) => key.kid).join(' ');
    if (this.verifier?.kids !== kids) {
      this.verifier = {
        kids,
        verifier: createJwtVerifier({ keys: { jwks: { keys } }, issuer: options.issuer, audience: options.audience }),
      };
    }
    return this.verifier.verifier;
  }

  /**
   * Adds a `next` key that signs from `publishAheadSeconds` from now. Refused (409) while another
   * next key waits, so rotations never pile up keys that no verifier has had time to fetch.
   * `onRotated` runs inside the same transaction (the audit event).
   */
  async rotate(
    onRotated: (rotation: { oldKid: string | undefined; newKid: string }, db: Kysely<AuthDatabase>) => Promise<void>,
  ): Promise<{ nextKid: string; activatesAt: Date; activeKid: string }> {
    const result = await this.db.transaction().execute(async (transaction) => {
      const repository = new SigningKeyRepository(transaction);
      await repository.lockForRotation();
      const now = this.clock();
      const views = keyStatuses(await repository.all(), now, this.schedule);
      if (views.some((view) => view.status === 'next')) {
        throw problems.conflict('A rotation is in progress: the next key is published and waits for its activation time.');
      }
      const active = views.find((view) => view.status === 'active');
      const activatesAt = new Date(now.getTime() + this.schedule.publishAheadSeconds * seconds);
      const created = await createKey(now, activatesAt);
      await repository.insert(this.sealed(created));
      await onRotated({ oldKid: active?.kid, newKid: created.kid }, transaction);
      return {
        nextKid: created.kid,
        activatesAt,
        activeKid: this.schedule.publishAheadSeconds === 0 ? created.kid : (active?.kid ?? created.kid),
      };
    });
    await this.reload();
    return result;
  }

  /**
   * Emergency revocation of a key that may have leaked: it is published no more and signs nothing
   * from now on. Revoking the active key makes a new one active at once (verifiers fetch it on its
   * unknown kid); a waiting `next` key keeps its time. `onRevoked` runs in the same transaction.
   * Answers undefined for an unknown kid; revoking a revoked key changes nothing.
   */
  async revoke(
    kid: string,
    onRevoked: (revocation: { kid: string; replacementKid: string | undefined }, db: Kysely<AuthDatabase>) => Promise<void>,
  ): Promise<{ kid: string; replacementKid: string | undefined } | undefined> {
    const result = await this.db.transaction().execute(async (transaction) => {
      const repository = new SigningKeyRepository(transaction);
      await repository.lockForRotation();
      const now = this.clock();
      const views = keyStatuses(await repository.all(), now, this.schedule);
      const target = views.find((view) => view.kid === kid);
      if (!target) return undefined;
      if (target.status === 'revoked') return { kid, replacementKid: undefined };
      await repository.revoke(kid, now);
      let replacementKid: string | undefined;
      if (target.status === 'active') {
        const created = await createKey(now, now);
        await repository.insert(this.sealed(created));
        replacementKid = created.kid;
      }
      await onRevoked({ kid, replacementKid }, transaction);
      return { kid, replacementKid };
    });
    await this.reload();
    return result;
  }

  private sealed(key: Awaited<ReturnType<typeof createKey>>) {
    return { ...key, privateJwk: sealPrivateKey(key.privateJwk, key.kid, this.schedule.keyEncryptionKey) };
  }

  /** Whether the scheduled rotation is due now (see {@link scheduledRotationDue}). */
  rotationDue(): boolean {
    return scheduledRotationDue(this.views(), this.clock(), this.schedule);
  }
}

/**
 * Whether a scheduled rotation should start: `publishAheadSeconds` before the active key's
 * scheduled retirement, so that the new key activates just as the active one reaches its age; never
 * while a next key waits, nor without a schedule.
 */
export function scheduledRotationDue(views: readonly SigningKeyView[], now: Date, schedule: KeySchedule): boolean {
  if (schedule.rotationDays === undefined) return false;
  if (views.some((view) => view.status === 'next')) return false;
  const active = views.find((view) => view.status === 'active');
  if (!active?.retires_at) return false;
  return new Date(active.retires_at).getTime() - schedule.publishAheadSeconds * seconds <= now.getTime();
}

function kidOf(token: string): string | undefined {
  try {
    return decodeProtectedHeader(token).kid;
  } catch {
    return undefined;
  }
}

/** A new RSA key; its kid is its RFC 7638 thumbprint. */
async function createKey(createdAt: Date, activatesAt: Date) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: keySize, extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    kid,
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256' },
    publicJwk: { kty: 'RSA', kid, use: 'sig', alg: 'RS256', n: publicJwk.n, e: publicJwk.e },
    keySize,
    createdAt,
    activatesAt,
  };
}
