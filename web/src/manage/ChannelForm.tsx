/**
 * A channel's name, its source language and its target languages, picked from a searchable BCP 47
 * list named in the interface language. Follows the events spec: a name of 1–100 characters unique in
 * the event (case-insensitively), targets without repetitions, never the source, at most 20.
 */
import { useId, useState, type FormEvent } from 'react';
import { languageName, useI18n } from '../i18n/i18n.js';
import { Combobox } from './Combobox.js';
import type { ChannelDraft } from './conflict.js';
import { FieldError } from './EventForm.js';
import { matchLanguages } from './languages.js';
import type { FormProblem } from './problems.js';

const maxTargets = 20;

interface ChannelFormProps {
  initial?: ChannelDraft;
  /** The names of the event's other channels. */
  otherNames: readonly string[];
  submitLabel: string;
  submitting: boolean;
  problem?: FormProblem;
  onSubmit: (draft: ChannelDraft) => void;
  onCancel: () => void;
}

export function ChannelForm({ initial, otherNames, submitLabel, submitting, problem, onSubmit, onCancel }: ChannelFormProps) {
  const { language, t } = useI18n();
  const id = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [source, setSource] = useState(initial?.source_language ?? '');
  const [sourceQuery, setSourceQuery] = useState(initial ? languageName(initial.source_language, language) : '');
  const [targets, setTargets] = useState<string[]>(initial?.target_languages ?? []);
  const [targetQuery, setTargetQuery] = useState('');
  const [checks, setChecks] = useState<Partial<Record<keyof ChannelDraft, string>>>({});
  const errorOf = (field: keyof ChannelDraft) => checks[field] ?? problem?.fields[field];
  const sourceOptions = matchLanguages(sourceQuery === languageName(source, language) ? '' : sourceQuery, language).map((option) => ({
    value: option.tag,
    label: option.name,
    hint: option.tag,
  }));
  const targetOptions = matchLanguages(targetQuery, language, [...targets, source].filter(Boolean)).map((option) => ({
    value: option.tag,
    label: option.name,
    hint: option.tag,
  }));

  function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    const found: Partial<Record<keyof ChannelDraft, string>> = {};
    const trimmed = name.trim();
    if (!trimmed) found.name = t('manage.error.required');
    else if (otherNames.some((other) => other.toLowerCase() === trimmed.toLowerCase())) found.name = t('manage.error.channelNameTaken');
    if (!source) found.source_language = t('manage.error.required');
    if (targets.some((tag) => tag.toLowerCase() === source.toLowerCase())) found.target_languages = t('manage.error.targetIsSource');
    setChecks(found);
    if (Object.keys(found).length === 0) onSubmit({ name: trimmed, source_language: source, target_languages: targets });
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      className="flex flex-col gap-3 rounded border border-slate-300 bg-slate-50 p-3"
      aria-label={submitLabel}
    >
      <div>
        <label htmlFor={`${id}-name`} className="block text-sm font-medium">
          {t('manage.channel.name')}
        </label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={100}
          onChange={(change) => setName(change.target.value)}
          aria-invalid={!!errorOf('name') || undefined}
          aria-describedby={errorOf('name') ? `${id}-name-error` : undefined}
          className={`mt-1 w-full rounded border px-3 py-2 ${errorOf('name') ? 'border-red-700' : 'border-slate-400'}`}
        />
        <FieldError id={`${id}-name-error`} message={errorOf('name')} />
      </div>
      <div>
        <Combobox
          label={t('manage.channel.source')}
          query={sourceQuery}
          onQueryChange={setSourceQuery}
          options={sourceOptions}
          placeholder={t('manage.channel.searchLanguage')}
          emptyText={t('manage.noMatch')}
          invalid={!!errorOf('source_language')}
          describedBy={errorOf('source_language') ? `${id}-source-error` : undefined}
          onSelect={(option) => {
            setSource(option.value);
            setSourceQuery(option.label);
          }}
        />
        <FieldError id={`${id}-source-error`} message={errorOf('source_language')} />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{t('manage.channel.targets')}</legend>
        {targets.length === 0 ? (
          <p className="text-sm text-slate-600">{t('manage.channel.noTargets')}</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-2" aria-label={t('manage.channel.targets')}>
            {targets.map((tag) => (
              <li key={tag} className="flex items-center gap-1 rounded-full border border-slate-400 bg-white py-0.5 pl-3 pr-1 text-sm">
                <span>
                  {languageName(tag, language)} <span className="text-slate-600">{tag}</span>
                </span>
                <button
                  type="button"
                  onClick={() => setTargets(targets.filter((other) => other !== tag))}
                  aria-label={t('manage.channel.removeTarget', { language: languageName(tag, language) })}
                  className="rounded-full px-2 py-0.5 hover:bg-slate-200"
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        {targets.length < maxTargets && (
          <div className="mt-2">
            <Combobox
              label={t('manage.channel.addTarget')}
              query={targetQuery}
              onQueryChange={setTargetQuery}
              options={targetOptions}
              placeholder={t('manage.channel.searchLanguage')}
              emptyText={t('manage.noMatch')}
              invalid={!!errorOf('target_languages')}
              describedBy={errorOf('target_languages') ? `${id}-targets-error` : undefined}
              onSelect={(option) => {
                setTargets([...targets, option.value]);
                setTargetQuery('');
              }}
            />
          </div>
        )}
        <FieldError id={`${id}-targets-error`} message={errorOf('target_languages')} />
      </fieldset>
      {problem?.general && (
        <p role="alert" className="text-sm text-red-800">
          {problem.general}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={submitting} className="rounded bg-slate-800 px-4 py-2 text-white disabled:opacity-60">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel} className="rounded border border-slate-400 px-4 py-2">
          {t('manage.cancel')}
        </button>
      </div>
    </form>
  );
}
