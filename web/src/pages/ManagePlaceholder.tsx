import { useI18n } from '../i18n/i18n.js';

/** The manager view's place in the routes, until it is built. */
export function ManagePlaceholder() {
  const { t } = useI18n();
  return (
    <div className="p-6">
      <h1 className="text-xl font-semibold">{t('manage.title')}</h1>
      <p>{t('manage.comingSoon')}</p>
    </div>
  );
}
