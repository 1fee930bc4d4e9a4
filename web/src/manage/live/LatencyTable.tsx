/** The latest finals of a channel with the milliseconds of each stage, and the median of each column. */
import type { FinalLatency } from '../../api/sdk.js';
import { languageName, useI18n } from '../../i18n/i18n.js';
import { latencyLanguages, latencyMedians } from './latency.js';

export function LatencyTable({ finals, languages: channelLanguages }: { finals: readonly FinalLatency[]; languages: readonly string[] }) {
  const { t, language: uiLanguage } = useI18n();
  if (finals.length === 0) return <p className="mt-2 text-sm text-slate-600">{t('manageLive.noFinals')}</p>;
  const languages = latencyLanguages(channelLanguages, finals);
  const medians = latencyMedians(finals, languages);
  const source = finals[0]!.languages.find((entry) => entry.is_source)?.language;
  const targets = languages.filter((language) => language !== source);
  const ms = (value: number | null | undefined) => (typeof value === 'number' ? value : t('manageLive.none'));
  const cell = 'px-1.5 py-1 text-right tabular-nums sm:px-2';
  const entryOf = (final: FinalLatency, language: string) => final.languages.find((entry) => entry.language === language);
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="min-w-full text-xs sm:text-sm">
        <caption className="text-left text-sm font-medium">{t('manageLive.latencyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="px-2 py-1 text-left align-bottom">
              {t('manageLive.sequence')}
            </th>
            <th scope="col" rowSpan={2} className={`${cell} align-bottom`}>
              <abbr title={t('manageLive.recognition')} className="no-underline">
                {t('manageLive.recognitionShort')}
              </abbr>
            </th>
            {targets.length > 0 && (
              <th scope="colgroup" colSpan={targets.length} className="border-l border-slate-200 px-2 pt-1 text-center">
                {t('manageLive.translation')}
              </th>
            )}
            <th scope="colgroup" colSpan={languages.length} className="border-l border-slate-200 px-2 pt-1 text-center">
              {t('manageLive.delivery')}
            </th>
          </tr>
          <tr className="border-b border-slate-300">
            {targets.map((language, index) => (
              <th
                key={`t-${language}`}
                scope="col"
                className={`${cell} font-normal ${index === 0 ? 'border-l border-slate-200' : ''}`}
                title={languageName(language, uiLanguage)}
              >
                {language}
              </th>
            ))}
            {languages.map((language, index) => (
              <th
                key={`d-${language}`}
                scope="col"
                className={`${cell} font-normal ${index === 0 ? 'border-l border-slate-200' : ''}`}
                title={languageName(language, uiLanguage)}
              >
                {language}
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
