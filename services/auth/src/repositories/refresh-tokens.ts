import type { Kysely } from 'kysely';
import type { AuthDatabase } from '../db/schema.js';

/** A refresh token as presented, with the state of its family (sign-in session). */
export interface PresentedRefreshToken {
  token_id: string;
  family_id: string;
  user_id: string;
  rotated_at: Date | null;
  auth_time: Date;
  expires_at: Date;
  revoked_at: Date | null;
  audiences: string[] | null;
}

/** Refresh token families and their single-use tokens, stored by hash. */
export class RefreshTokenRepository {
  constructor(private readonly db: Kysely<AuthDatabase>) {}

  async createFamily(family: { id: string; userId: string; authTime: Date; expiresAt: Date; audiences: string[] | null }): Promise<void> {
    await this.db
      .insertInto('refresh_families')
      .values({
        id: family.id,
        user_id: family.userId,
        auth_time: family.authTime,
        expires_at: family.expiresAt,
        audiences: family.audiences,
      })
      .execute();
  }

  /** Narrows a session's audiences (a refresh with `resource`); the caller checked that they only shrink. */
  async narrowAudiences(familyId: string, audiences: string[]): Promise<void> {
    await this.db.updateTable('refresh_families').set({ audiences }).where('id', '=', familyId).execute();
  }

  findFamily(familyId: string): Promise<{ id: string; user_id: string; revoked_at: Date | null } | undefined> {
    return this.db.selectFrom('refresh_families').select(['id', 'user_id', 'revoked_at']).where('id', '=', familyId).executeTakeFirst();
  }

  async insertToken(token: { id: string; familyId: string; tokenHash: string; at: Date }): Promise<void> {
    await this.db
      .insertInto('refresh_tokens')
      .values({ id: token.id, family_id: token.familyId, token_hash: token.tokenHash, created_at: token.at })
      .execute();
  }

  findByHash(tokenHash: string): Promise<PresentedRefreshToken | undefined> {
    return this.db
      .selectFrom('refresh_tokens')
      .innerJoin('refresh_families', 'refresh_families.id', 'refresh_tokens.family_id')
      .select([
        'refresh_tokens.id as token_id',
        'refresh_tokens.family_id',
        'refresh_families.user_id',
        'refresh_tokens.rotated_at',
        'refresh_families.auth_time',
        'refresh_families.expires_at',
        'refresh_families.revoked_at',
        'refresh_families.audiences',
      ])
      .where('refresh_tokens.token_hash', '=', tokenHash)
      .executeTakeFirst();
  }

  /**
   * Spends a token: true for exactly one caller. The condition on `rotated_at` makes two racing
   * refreshes of one token serialise on its row, and the second finds it already spent.
   */
  async markRotated(tokenId: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('refresh_tokens')
      .set({ rotated_at: at })
      .where('id', '=', tokenId)
      .where('rotated_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async revokeFamily(familyId: string, at: Date, reason: string): Promise<boolean> {
    const result = await this.db
      .updateTable('refresh_families')
      .set({ revoked_at: at, revoked_reason: reason })
      .where('id', '=', familyId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Revokes every live family of the user, except `keepFamilyId` (the session that asked). */
  async revokeUserFamilies(userId: string, at: Date, reason: string, keepFamilyId?: string): Promise<number> {
    let query = this.db
      .updateTable('refresh_families')
      .set({ revoked_at: at, revoked_reason: reason })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', at);
    if (keepFamilyId) query = query.where('id', '!=', keepFamilyId);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }
}
