import type { EventsHandlers } from '@ilenia/generated/openapi/events/server';
import { parseIfMatch, versionMatchingIfMatch, versionTag } from '@ilenia/kit';
import type { TemplateRow } from '../db/schema.js';
import { callerOf } from '../domain/access.js';
import { isUniqueViolation } from '@ilenia/kit/persistence';
import { checkChannelList, pageOf, scheduleIssues } from '../http/event-input.js';
import { eventProblems } from '../http/event-problems.js';
import { eventBody, pageBody, templateBody } from '../http/representations.js';
import { TemplateRepository, type TemplateFields } from '../repositories/template-repository.js';
import { idGenerator, type EventsHandlerDependencies } from './dependencies.js';
import { insertEventWithChannels, organiserOf } from './event-creation.js';

type TemplateOperations =
  'listTemplates' | 'createTemplate' | 'getTemplate' | 'updateTemplate' | 'deleteTemplate' | 'createEventFromTemplate';

/** Checks a template's channels, dropping the speakers a template never has. */
function checkedTemplateChannels(channels: TemplateFields['channels']): TemplateFields['channels'] {
  const checked = checkChannelList(channels, 'template');
  if (checked.issues.length > 0) throw eventProblems.invalid(checked.issues);
  return checked.channels.map(({ name, source_language, target_languages }) => ({ name, source_language, target_languages }));
}

async function uniquelyNamed(name: string, write: () => Promise<TemplateRow | undefined>): Promise<TemplateRow | undefined> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'templates_name_key')) throw eventProblems.duplicateTemplateName(name);
    throw error;
  }
}

/** Templates (shared by every holder of templates:read) and events made from them. */
export function templateHandlers(dependencies: EventsHandlerDependencies): Pick<EventsHandlers, TemplateOperations> {
  const { db } = dependencies;
  const templateRepository = new TemplateRepository(db);
  const newId = idGenerator(dependencies);

  async function existing(templateId: string): Promise<TemplateRow> {
    const template = await templateRepository.find(templateId);
    if (!template) throw eventProblems.templateNotFound(templateId);
    return template;
  }

  /** A versioned write found nothing: the template is gone, or someone changed it first. */
  async function whyRefused(templateId: string, expected: number): Promise<Error> {
    const current = await templateRepository.find(templateId);
    return current ? eventProblems.staleVersion(expected, current.version) : eventProblems.templateNotFound(templateId);
  }

  return {
    async listTemplates(input) {
      const page = pageOf(input.query);
      const { rows, total } = await templateRepository.page(input.query.q, page);
      return { status: 200, body: pageBody(rows.map(templateBody), total, page) };
    },

    async createTemplate(input, context) {
      const channels = checkedTemplateChannels(input.body.channels);
      const fields = { name: input.body.name, description: input.body.description ?? null, channels };
      const created = (await uniquelyNamed(fields.name, () =>
        templateRepository.insert({ ...fields, id: newId(), createdBy: context.principal.subject }),
      ))!;
      return {
        status: 201,
        body: templateBody(created),
        headers: { Location: `/v1/templates/${created.id}`, ETag: versionTag(created.version) },
      };
    },

    async getTemplate(input) {
      const template = await existing(input.path.template_id);
      return { status: 200, body: templateBody(template), headers: { ETag: versionTag(template.version) } };
    },

    async updateTemplate(input) {
      const condition = parseIfMatch(input.headers['if-match']);
      const template = await existing(input.path.template_id);
      const expected = versionMatchingIfMatch(condition, template.version);
      const patch = input.body;
      const fields: TemplateFields = {
        name: patch.name ?? template.name,
        description: 'description' in patch ? (patch.description ?? null) : template.description,
        channels: patch.channels === undefined ? template.channels : checkedTemplateChannels(patch.channels),
      };
      const updated = await uniquelyNamed(fields.name, () => templateRepository.updateIfVersion(template.id, expected, fields));
      if (!updated) throw await whyRefused(template.id, expected);
      return { status: 200, body: templateBody(updated), headers: { ETag: versionTag(updated.version) } };
    },

    async deleteTemplate(input) {
      const condition = parseIfMatch(input.headers['if-match']);
      const template = await existing(input.path.template_id);
      const expected = versionMatchingIfMatch(condition, template.version);
      if (!(await templateRepository.deleteIfVersion(template.id, expected))) throw await whyRefused(template.id, expected);
      return { status: 204 };
    },

    async createEventFromTemplate(input, context) {
      const caller = callerOf(context.principal);
      const template = await existing(input.path.template_id);
      const body = input.body;
      const schedule = { startsAt: new Date(body.starts_at), endsAt: new Date(body.ends_at), timezone: body.timezone };
      const issues = scheduleIssues(schedule);
      if (issues.length > 0) throw eventProblems.invalid(issues);
      const organiserId = organiserOf(caller, body.organiser_id);
      const created = await insertEventWithChannels(
        db,
        {
          title: body.title,
          description: 'description' in body ? (body.description ?? null) : template.description,
          ...schedule,
          organiserId,
          templateId: template.id,
          channels: template.channels.map((channel) => ({ ...channel, speakers: [] })),
        },
        { newId, assignedBy: caller.subject },
      );
      return {
        status: 201,
        body: eventBody(created.event, created.channels),
        headers: { Location: `/v1/events/${created.event.id}`, ETag: versionTag(created.event.version) },
      };
    },
  };
}
