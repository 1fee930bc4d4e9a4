/** After a 412: what differs between what the person had and the server's version, and a reload. */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { languageName, useI18n, type MessageKey } from '../i18n/i18n.js';
import type { Change } from './conflict.js';
import { useManagedEvent } from './useManagedEvent.js';

export function ConflictNotice() {
  const { language, t } = useI18n();
  const { stale, reload } = useManagedEvent();
  const box = useRef<HTMLDivElement>(null);
  // The notice is at the top of the page and the save button may be far below (on a phone, always):
  // bring it into view and give it the focus, so the person and their screen reader meet it.
  useEffect(() => {
    if (!stale) return;
    box.current?.scrollIntoView?.({ block: 'start' });
    box.current?.focus({ preventScroll: true });
  }, [stale]);
  if (!stale) return null;

  function show(change: Change, value: string | string[] | null): string {
    if (value === null || (Array.isArray(value) && value.length === 0)) return t('manage.conflict.empty');
    if (change.kind === 'event' && (change.field === 'starts_at' || change.field === 'ends_at') && typeof value === 'string') {
      return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: change.timezone }).format(
        new Date(value),
      );
    }
    if (change.kind === 'event' && change.field === 'status' && typeof value === 'string') return t(`status.${value}` as MessageKey);
    if (change.kind === 'channel' && (change.field === 'source_language' || change.field === 'target_languages')) {
      return (Array.isArray(value) ? value : [value]).map((tag) => languageName(tag, language)).join(', ');
    }
    if (change.kind === 'channel' && change.field === 'speakers' && Array.isArray(value))
      return t('manage.conflict.people', { count: value.length });
    return Array.isArray(value) ? value.join(', ') : value;
  }

  function field(change: Change): string {
    switch (change.kind) {
      case 'event':
        return t(`manage.field.${change.field}` as MessageKey);
      case 'channel':
        return t('manage.conflict.channelField', { channel: change.channel, field: t(`manage.field.${change.field}` as MessageKey) });
      case 'channelAdded':
        return t('manage.conflict.channelAdded', { channel: change.channel });
      case 'channelRemoved':
        return t('manage.conflict.channelRemoved', { channel: change.channel });
    }
  }

  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      className="scroll-mt-4 rounded border-2 border-amber-600 bg-amber-50 p-3 focus:outline-2 focus:outline-amber-700"
    >
      <p className="font-semibold">{stale.changes === 'deleted' ? t('manage.conflict.deleted') : t('manage.conflict.title')}</p>
      {stale.changes !== 'deleted' && stale.changes.length > 0 && (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr>
                <th scope="col" className="pr-3">
                  {t('manage.conflict.field')}
                </th>
                <th scope="col" className="pr-3">
                  {t('manage.conflict.yours')}
                </th>
                <th scope="col">{t('manage.conflict.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {stale.changes.map((change, index) => (
                <tr key={index} className="border-t border-amber-300 align-top">
                  <th scope="row" className="py-1 pr-3 font-medium">
                    {field(change)}
                  </th>
                  <td className="py-1 pr-3">{change.kind === 'event' || change.kind === 'channel' ? show(change, change.mine) : '—'}</td>
                  <td className="py-1">{change.kind === 'event' || change.kind === 'channel' ? show(change, change.theirs) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {stale.changes !== 'deleted' && stale.changes.length === 0 && <p className="mt-1 text-sm">{t('manage.conflict.nothingVisible')}</p>}
      {stale.changes === 'deleted' && (
        <Link to={`/${language}/`} className="mt-2 inline-block underline">
          {t('app.backHome')}
        </Link>
      )}
      {stale.changes !== 'deleted' && (
        <button type="button" onClick={() => void reload()} className="mt-2 rounded bg-slate-800 px-3 py-1 text-white">
          {t('manage.conflict.reload')}
        </button>
      )}
    </div>
  );
}
