import { sql, type Kysely } from 'kysely';
import type { EventsDatabase, TemplateChannelShape, TemplateRow } from '../db/schema.js';
import { containsPattern, foldForSearch } from '../domain/search-text.js';

export interface TemplateFields {
  name: string;
  description: string | null;
  channels: TemplateChannelShape[];
}

/** Event templates. A name another template has (case-insensitively) fails with SQLSTATE 23505. */
export class TemplateRepository {
  constructor(private readonly db: Kysely<EventsDatabase>) {}

  async find(id: string): Promise<TemplateRow | undefined> {
    return this.db.selectFrom('templates').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** One page by name (case-insensitively), then id. */
  async page(nameContains: string | undefined, page: { limit: number; offset: number }): Promise<{ rows: TemplateRow[]; total: number }> {
    let query = this.db.selectFrom('templates');
    if (nameContains) query = query.where(sql<boolean>`name_search like ${containsPattern(nameContains)}`);
    const [rows, count] = await Promise.all([
      query
        .selectAll()
        .orderBy(sql`lower(name)`)
        .orderBy('id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
      query.select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: count.total };
  }

  async insert(template: TemplateFields & { id: string; createdBy: string }): Promise<TemplateRow> {
    return this.db
      .insertInto('templates')
      .values({
        id: template.id,
        name: template.name,
        name_search: foldForSearch(template.name),
        description: template.description,
        channels: JSON.stringify(template.channels),
        created_by: template.createdBy,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Replaces the template's fields only if it is still at `version`; undefined when nothing was written. */
  async updateIfVersion(id: string, version: number, fields: TemplateFields): Promise<TemplateRow | undefined> {
    return this.db
      .updateTable('templates')
      .set({
        name: fields.name,
        name_search: foldForSearch(fields.name),
        description: fields.description,
        channels: JSON.stringify(fields.channels),
        version: sql<number>`version + 1`,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .returningAll()
      .executeTakeFirst();
  }

  async deleteIfVersion(id: string, version: number): Promise<boolean> {
    const result = await this.db.deleteFrom('templates').where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }
}
