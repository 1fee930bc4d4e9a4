import type { Request } from 'express';
import type { LiveEventHandlers } from '@ilenia/generated/openapi/live-event/server';
import { HttpProblem, problems } from '@ilenia/kit';
import { checkListenerAccess, checkSpeakerAccess, eventLanguages, type AccessRefusal } from '../domain/event-access.js';
import { unsupportedChannelLanguages, type UnsupportedLanguage } from '../domain/language-check.js';
import { primaryLanguage } from '@ilenia/speech-engines/languages';
import type { TicketGrant } from '../tickets/ticket-store.js';
import { callerOf, conflict, withUpstream, type HandlerDependencies } from './dependencies.js';

function refusalProblem(refusal: AccessRefusal): HttpProblem {
  switch (refusal.reason) {
    case 'event_missing':
    case 'not_visible':
    case 'channel_missing':
      return problems.notFound(refusal.detail);
    case 'not_speaker':
      return problems.forbidden(refusal.detail);
    case 'not_live':
      return conflict('event-not-live', 'Event not live', refusal.detail, { allowed: refusal.allowed });
  }
}

function unsupportedLanguagesProblem(unsupported: UnsupportedLanguage[]): HttpProblem {
  const describe = (item: UnsupportedLanguage) =>
    item.reason === 'stt_unsupported'
      ? `the STT engine cannot transcribe ${item.language}`
      : item.reason === 'mt_unsupported'
        ? `the MT engine cannot translate ${item.source_language} to ${item.language}`
        : `no channel of the event offers ${item.language}`;
  const detail = unsupported.map(describe).join('; ');
  return new HttpProblem({
    status: 422,
    type: 'https://ilenia.dev/problems/unsupported-languages',
    title: 'Unsupported languages',
    detail: `${detail.charAt(0).toUpperCase()}${detail.slice(1)}.`,
    extensions: { unsupported_languages: unsupported },
  });
}

/** `ws(s)://host/v1/ws/<role>` as the client reaches this service. */
function webSocketUrl(dependencies: HandlerDependencies, request: Request, role: 'speaker' | 'listener'): string {
  const base = dependencies.publicUrl ?? new URL(`${request.protocol}://${request.get('host') ?? 'localhost'}`);
  const url = new URL(`${base.pathname.replace(/\/$/, '')}/v1/ws/${role}`, base);
  url.protocol = base.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

function takeTicketAllowance(dependencies: HandlerDependencies, userId: string): void {
  const allowance = dependencies.ticketLimiter.take(userId);
  if (!allowance.allowed)
    throw problems.tooManyRequests(
      `Too many tickets requested; try again in ${allowance.retryAfterSeconds} seconds.`,
      allowance.retryAfterSeconds,
    );
}

/** Issues a ticket for a caller already checked, and the 201 answer that hands it over. */
async function issueTicket(dependencies: HandlerDependencies, request: Request, grant: TicketGrant, languages: string[]) {
  const ttl = dependencies.ticketTtlSeconds;
  const ticket = await dependencies.tickets.issue(grant, ttl);
  return {
    status: 201 as const,
    headers: { 'Cache-Control': 'no-store' },
    body: {
      ticket,
      expires_at: new Date(Date.now() + ttl * 1000).toISOString(),
      expires_in: ttl,
      websocket_url: webSocketUrl(dependencies, request, grant.role),
      role: grant.role,
      event_id: grant.eventId,
      channel_id: grant.channelId,
      languages,
    },
  };
}

/** The two ticket operations: every check the spec lists, in its order, before a ticket is issued. */
export function ticketHandlers(dependencies: HandlerDependencies): Pick<LiveEventHandlers, 'createSpeakerTicket' | 'createListenerTicket'> {
  return {
    async createSpeakerTicket(input, context) {
      const caller = callerOf(context);
      takeTicketAllowance(dependencies, caller.userId);
      const { event_id: eventId, channel_id: channelId } = input.body;
      const access = await withUpstream(() => checkSpeakerAccess(dependencies.directory, { eventId, channelId }, caller));
      if (!access.ok) throw refusalProblem(access.refusal);
      // This instance's sessions first; the shared database knows those of every other instance.
      const local = dependencies.liveSessions.ofChannel(channelId);
      const holder = local
        ? { id: local.id, speakerId: local.parameters.speakerId }
        : await dependencies.sessions.unfinishedOfChannel(channelId);
      if (holder && holder.speakerId !== caller.userId) {
        throw conflict('channel-busy', 'Channel busy', `Another speaker is live in channel ${channelId} (session ${holder.id}).`);
      }
      const unsupported = unsupportedChannelLanguages(
        dependencies.engines,
        access.channel.source_language,
        access.channel.target_languages,
      );
      if (unsupported.length > 0) throw unsupportedLanguagesProblem(unsupported);
      const languages = [access.channel.source_language, ...access.channel.target_languages];
      return issueTicket(
        dependencies,
        context.request,
        { role: 'speaker', userId: caller.userId, eventId, channelId, manageAll: caller.manageAll, accessToken: caller.accessToken },
        languages,
      );
    },

    async createListenerTicket(input, context) {
      const caller = callerOf(context);
      takeTicketAllowance(dependencies, caller.userId);
      const eventId = input.body.event_id;
      const access = await withUpstream(() => checkListenerAccess(dependencies.directory, eventId, caller));
      if (!access.ok) throw refusalProblem(access.refusal);
      const offered = eventLanguages(access.event);
      const offeredPrimary = new Set(offered.map((language) => language.toLowerCase()));
      const requested = input.body.languages;
      if (requested) {
        const missing = requested.filter(
          (language) => !offeredPrimary.has(language.toLowerCase()) && !offeredPrimary.has(primaryLanguage(language)),
        );
        if (missing.length > 0)
          throw unsupportedLanguagesProblem(missing.map((language) => ({ language, reason: 'not_offered', source_language: null })));
      }
      return issueTicket(
        dependencies,
        context.request,
        { role: 'listener', userId: caller.userId, eventId, channelId: null, manageAll: caller.manageAll, accessToken: caller.accessToken },
        requested ?? offered,
      );
    },
  };
}
