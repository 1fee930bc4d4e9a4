/** The latest finals of a channel with the milliseconds of each stage, and the median of each column. */
import type { FinalLatency } from '../../api/sdk.js';
import { useI18n } from '../../i18n/i18n.js';
import { latencyLanguages, latencyMedians } from './latency.js';

export function LatencyTable({ finals, languages: channelLanguages }: { finals: readonly FinalLatency[]; languages: readonly string[] }) {
  const { t } = useI18n();
  if (finals.length === 0) return <p className="mt-2 text-sm text-slate-600">{t('manageLive.noFinals')}</p>;
  const languages = latencyLanguages(channelLanguages, finals);
  const medians = latencyMedians(finals, languages);
  const source = finals[0]!.languages.find((entry) => entry.is_source)?.language;
  const targets = languages.filter((language) => language !== source);
  const ms = (value: number | null | undefined) => (typeof value === 'number' ? value : t('manageLive.none'));
  const cell = 'px-2 py-1 text-right tabular-nums';
  const entryOf = (final: FinalLatency, language: string) => final.languages.find((entry) => entry.language === language);
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="text-left font-medium">{t('manageLive.latencyCaption')}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="px-2 py-1 text-left">
              {t('manageLive.sequence')}
            </th>
            <th scope="col" className={cell}>
              {t('manageLive.recognition')}
            </th>
            {targets.map((language) => (
              <th key={`t-${language}`} scope="col" className={cell}>
                {t('manageLive.translation')} {language}
              </th>
            ))}
            {languages.map((language) => (
              <th key={`d-${language}`} scope="col" className={cell}>
                {t('manageLive.delivery')} {language}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {finals.map((final) => (
            <tr key={`${final.session_id}-${final.sequence}`} className="border-b border-slate-100">
              <th scope="row" className="px-2 py-1 text-left font-normal tabular-nums">
                {final.sequence}
              </th>
              <td className={cell}>{final.recognition_ms}</td>
              {targets.map((language) => (
                <td key={`t-${language}`} className={cell}>
                  {ms(entryOf(final, language)?.translation_ms)}
                </td>
              ))}
              {languages.map((language) => (
                <td key={`d-${language}`} className={cell}>
                  {ms(entryOf(final, language)?.delivery_ms)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="font-semibold">
            <th scope="row" className="px-2 py-1 text-left">
              {t('manageLive.median')}
            </th>
            <td className={cell}>{ms(medians.recognition)}</td>
            {targets.map((language) => (
              <td key={`t-${language}`} className={cell}>
                {ms(medians.languages[language]?.translation)}
              </td>
            ))}
            {languages.map((language) => (
              <td key={`d-${language}`} className={cell}>
                {ms(medians.languages[language]?.delivery)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
