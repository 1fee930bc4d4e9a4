import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n.js';

export function NotFoundPage() {
  const { language, t } = useI18n();
  return (
    <div className="p-6">
      <h1 className="text-xl font-semibold">{t('app.notFound')}</h1>
      <Link className="underline" to={`/${language}/`}>
        {t('app.backHome')}
      </Link>
    </div>
  );
}
