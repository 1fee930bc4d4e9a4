/** `/{lang}/speak/{event_id}/{channel_id}`: the speaker view's place, until its capture pipeline lands. */
import { useParams } from 'react-router';
import { useApi } from '../api/clients.js';
import { useI18n } from '../i18n/i18n.js';

export default function SpeakPage() {
  const { eventId = '', channelId = '' } = useParams();
  const { t } = useI18n();
  const { eventsQuery } = useApi();
  const event = eventsQuery.useQuery('get', '/v1/events/{event_id}', { params: { path: { event_id: eventId } } }, { retry: false });
  const channel = event.data?.channels.find((candidate) => candidate.id === channelId);
  return (
    <div className="mx-auto w-full max-w-3xl p-4 sm:p-6">
      <h1 className="text-2xl font-semibold">{t('speak.title')}{event.data ? ` · ${event.data.title}` : ''}</h1>
      {channel && <p>{t('speak.channel', { channel: channel.name })}</p>}
      <p className="mt-4 text-slate-700">{t('speak.comingSoon')}</p>
    </div>
  );
}
