/** The agents of the speaker's session: which one does what, in which languages, and how it is doing. */
import type { AgentSession, SessionAgent } from '../../api/sdk.js';
import { languageName, useI18n } from '../../i18n/i18n.js';

const troubled: ReadonlySet<SessionAgent['status']> = new Set(['restarting', 'failed']);

export function AgentsStatus({ session }: { session: AgentSession }) {
  const { language: uiLanguage, t } = useI18n();
  return (
    <section aria-labelledby="agents-heading" className="rounded border border-slate-300 p-2 text-sm">
      <h2 id="agents-heading" className="font-semibold">
        {t('livekit.agents')} · <span data-testid="session-status">{t(`livekit.session.${session.status}`)}</span>
      </h2>
      <ul className="mt-1 grid gap-x-4 gap-y-0.5 sm:grid-cols-2">
        {session.agents.map((agent) => (
          <li key={agent.identity} className={troubled.has(agent.status) ? 'text-red-800' : undefined}>
            {t(`livekit.agent.${agent.agent_type}`, { languages: agent.languages.map((tag) => languageName(tag, uiLanguage)).join(', ') })}
            {': '}
            <span className="font-medium">{t(`livekit.agentStatus.${agent.status}`)}</span>
            {agent.last_error && troubled.has(agent.status) && <span> ({agent.last_error.code})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
