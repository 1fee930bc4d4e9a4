/**
 * Assigned people by name, each with a remove button, and a search box to add one. Used for a
 * channel's speakers and for an event's listeners.
 */
import { useState } from 'react';
import { ProblemError, type Person } from '../api/sdk.js';
import { useI18n } from '../i18n/i18n.js';
import { Combobox } from './Combobox.js';
import { usePeopleByIds, usePeopleSearch } from './people.js';

interface PeoplePickerProps {
  /** The list's accessible name ("Speakers of Main stage"). */
  label: string;
  searchLabel: string;
  assigned: readonly string[];
  canChange: boolean;
  busy: boolean;
  onAdd: (person: Person) => void;
  onRemove: (userId: string, name: string) => void;
  /** A refusal of the last change, as a sentence. */
  error?: string;
}

export function PeoplePicker({ label, searchLabel, assigned, canChange, busy, onAdd, onRemove, error }: PeoplePickerProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const names = usePeopleByIds(assigned);
  const search = usePeopleSearch(query);
  const assignedSet = new Set(assigned);
  const options = (search.data ?? [])
    .filter((person) => !assignedSet.has(person.id))
    .map((person) => ({ value: person.id, label: person.display_name, hint: person.email }));
  const refused = search.error instanceof ProblemError && search.error.status === 403;
  const emptyText =
    query.trim().length < 2
      ? t('manage.people.typeMore')
      : search.isFetching || search.isPending
        ? t('app.loading')
        : refused
          ? t('manage.people.notAllowed')
          : search.isError
            ? t('manage.people.failed')
            : t('manage.noMatch');
  const nameOf = (id: string) =>
    names.data?.get(id)?.display_name ?? (names.isPending || names.isPlaceholderData ? t('app.loading') : t('manage.people.unknown'));

  return (
    <div>
      {assigned.length === 0 ? (
        <p className="text-sm text-slate-600">{t('manage.people.none')}</p>
      ) : (
        <ul aria-label={label} className="flex flex-wrap gap-2">
          {assigned.map((id) => (
            <li key={id} className="flex items-center gap-1 rounded-full border border-slate-400 py-0.5 pl-3 pr-1 text-sm">
              <span title={names.data?.get(id)?.email}>{nameOf(id)}</span>
              {canChange && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => onRemove(id, nameOf(id))}
                  aria-label={t('manage.people.remove', { name: nameOf(id) })}
                  className="rounded-full px-2 py-0.5 hover:bg-slate-200 disabled:opacity-60"
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canChange && (
        <div className="mt-2 max-w-md">
          <Combobox
            label={searchLabel}
            query={query}
            onQueryChange={setQuery}
            options={options}
            placeholder={t('manage.people.placeholder')}
            emptyText={emptyText}
            disabled={busy}
            onSelect={(option) => {
              const person = search.data?.find((candidate) => candidate.id === option.value);
              setQuery('');
              if (person) onAdd(person);
            }}
          />
        </div>
      )}
      {error && (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
