import { sql, type Kysely } from 'kysely';
import type { LiveServiceDatabase } from '../db/schema.js';

/** One final in one language, as stored. */
export interface StoredFinal {
  sessionId: string;
  language: string;
  sequence: number;
  isSource: boolean;
  startMs: number;
  endMs: number;
  text: string;
  publishedAt: Date;
}

/** The finals of every session, per segment and language. */
export class FinalRepository {
  constructor(private readonly db: Kysely<LiveServiceDatabase>) {}

  /** Stores a final; the same (session, language, sequence) again changes nothing (the agent retries). */
  async insert(final: StoredFinal): Promise<void> {
    await this.db
      .insertInto('agent_finals')
      .values({
        session_id: final.sessionId,
        language: final.language,
        sequence: final.sequence,
        is_source: final.isSource,
        start_ms: final.startMs,
        end_ms: final.endMs,
        text: final.text,
        published_at: final.publishedAt,
      })
      .onConflict((conflict) => conflict.columns(['session_id', 'language', 'sequence']).doNothing())
      .execute();
  }

  /** A session's finals in one language, in sequence order. */
  async listBySession(sessionId: string, language: string): Promise<StoredFinal[]> {
    const rows = await this.db
      .selectFrom('agent_finals')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('language', '=', language)
      .orderBy('sequence')
      .execute();
    return rows.map((row) => ({
      sessionId: row.session_id,
      language: row.language,
      sequence: Number(row.sequence),
      isSource: row.is_source,
      startMs: Number(row.start_ms),
      endMs: Number(row.end_ms),
      text: row.text,
      publishedAt: new Date(row.published_at),
    }));
  }

  /** How many finals a session has in each language. */
  async countsBySession(sessionId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('agent_finals')
      .select(['language', sql<number>`count(*)::int`.as('count')])
      .where('session_id', '=', sessionId)
      .groupBy('language')
      .execute();
    return new Map(rows.map((row) => [row.language, Number(row.count)]));
  }
}
