/** The event's listeners, by name: assign by searching people, remove. No If-Match (not part of the event's version). */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../api/clients.js';
import { unwrap } from '../api/sdk.js';
import { useI18n } from '../i18n/i18n.js';
import { PeoplePicker } from './PeoplePicker.js';
import { formProblem } from './problems.js';
import { useManagedEvent } from './useManagedEvent.js';

export function ListenersSection() {
  const { t } = useI18n();
  const { events } = useApi();
  const { event } = useManagedEvent();
  const queryClient = useQueryClient();
  const queryKey = ['manage', 'listeners', event.id];
  const listeners = useQuery({
    queryKey,
    retry: false,
    queryFn: async () => {
      const ids: string[] = [];
      for (let offset = 0; ; offset += 200) {
        const page = await unwrap(events.listEventListeners({ params: { path: { event_id: event.id }, query: { limit: 200, offset } } }));
        ids.push(...page.items.map((item) => item.user_id));
        if (ids.length >= page.total || page.items.length === 0) return ids;
      }
    },
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function change(call: () => Promise<unknown>) {
    setBusy(true);
    setError(undefined);
    try {
      await call();
      await queryClient.invalidateQueries({ queryKey });
    } catch (failure) {
      setError(formProblem(failure, t('manage.error.network')).general);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="manage-listeners" className="flex flex-col gap-2">
      <h2 id="manage-listeners" className="text-lg font-semibold">
        {t('manage.listeners')}
      </h2>
      {listeners.isPending && <p role="status">{t('app.loading')}</p>}
      {listeners.isError && (
        <p role="alert" className="text-red-800">
          {t('manage.listeners.failed')}{' '}
          <button type="button" className="underline" onClick={() => void listeners.refetch()}>
            {t('app.retry')}
          </button>
        </p>
      )}
      {listeners.data && (
        <PeoplePicker
          label={t('manage.listeners')}
          searchLabel={t('manage.listener.add')}
          assigned={listeners.data}
          canChange
          busy={busy}
          error={error}
          onAdd={(person) =>
            void change(() => unwrap(events.assignEventListener({ params: { path: { event_id: event.id, user_id: person.id } } })))
          }
          onRemove={(userId) =>
            void change(() => unwrap(events.removeEventListener({ params: { path: { event_id: event.id, user_id: userId } } })))
          }
        />
      )}
    </section>
  );
}
