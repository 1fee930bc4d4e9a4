/**
 * The stages of a session's channel agent: which one does what, in which languages, and how it is
 * doing. The speaker sees it under their controls; the manager, in each LiveKit session's card, with
 * the errors' own words and the restarts (`detailed`).
 */
import { useId } from 'react';
import type { AgentSession, SessionAgent } from '../../api/sdk.js';
import { languageName, useI18n } from '../../i18n/i18n.js';

const troubled: ReadonlySet<SessionAgent['status']> = new Set(['restarting', 'failed']);

export interface AgentsStatusProps {
  session: AgentSession;
  /** The speaker page's heading is an h2; inside a manager's session card it is an h4. */
  headingLevel?: 2 | 4;
  /** Also each stage's last error message (for operators, as the service wrote it) and its restarts. */
  detailed?: boolean;
}

export function AgentsStatus({ session, headingLevel = 2, detailed = false }: AgentsStatusProps) {
  const { language: uiLanguage, t } = useI18n();
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h4';
  return (
    <section aria-labelledby={headingId} className="rounded border border-slate-300 p-2 text-sm">
      <Heading id={headingId} className="font-semibold">
        {t('livekit.agents')} · <span data-testid="session-status">{t(`livekit.session.${session.status}`)}</span>
      </Heading>
      <ul className="mt-1 grid gap-x-4 gap-y-0.5 sm:grid-cols-2">
        {session.agents.map((agent) => (
          <li
            key={`${agent.agent_type}-${agent.languages.join('-')}`}
            data-agent={agent.agent_type}
            className={troubled.has(agent.status) ? 'text-red-800' : undefined}
          >
            {t(`livekit.agent.${agent.agent_type}`, { languages: agent.languages.map((tag) => languageName(tag, uiLanguage)).join(', ') })}
            {': '}
            <span className="font-medium">{t(`livekit.agentStatus.${agent.status}`)}</span>
            {agent.last_error && (detailed || troubled.has(agent.status)) && <span> ({agent.last_error.code})</span>}
            {detailed && agent.restarts > 0 && <span> · {t('livekit.agentRestarts', { count: agent.restarts })}</span>}
            {detailed && agent.last_error && (
              <span className="block text-xs text-slate-700" lang="en">
                {agent.last_error.message}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
