import { useT } from '../i18n/i18n.js';

/** Stands in for the LiveKit speak and listen views until they land (the LiveKit issue). */
export default function LiveKitPending() {
  const t = useT();
  return <p className="p-6">{t('broadcast.livekitPending')}</p>;
}
