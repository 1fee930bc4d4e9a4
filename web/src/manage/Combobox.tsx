/**
 * A searchable list (WAI-ARIA combobox with a listbox popup): type to filter, arrows to move, Enter to
 * pick, Escape to close. The parent owns the text and the options, so the same box searches time
 * zones, languages or people (whose options come from the server).
 */
import { useId, useState, type ReactNode } from 'react';

export interface ComboboxOption {
  value: string;
  label: string;
  hint?: string;
}

interface ComboboxProps {
  label: ReactNode;
  query: string;
  onQueryChange: (query: string) => void;
  options: readonly ComboboxOption[];
  onSelect: (option: ComboboxOption) => void;
  /** Shown in the list when nothing matches (or while loading). */
  emptyText?: string;
  placeholder?: string;
  /** Ids of elements that describe the box (a field error, a hint). */
  describedBy?: string;
  invalid?: boolean;
  id?: string;
  disabled?: boolean;
  /** At most this many options are rendered (a list of 400 time zones stays light). */
  limit?: number;
}

export function Combobox({
  label,
  query,
  onQueryChange,
  options,
  onSelect,
  emptyText,
  placeholder,
  describedBy,
  invalid,
  id,
  disabled,
  limit = 50,
}: ComboboxProps) {
  const ownId = useId();
  const inputId = id ?? `${ownId}-input`;
  const listId = `${ownId}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = options.slice(0, limit);
  const activeIndex = Math.min(active, shown.length - 1);
  const optionId = (index: number) => `${ownId}-option-${index}`;

  function pick(option: ComboboxOption) {
    onSelect(option);
    setOpen(false);
    setActive(0);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive(Math.min(activeIndex + 1, shown.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Enter') {
      if (open && shown[activeIndex]) {
        event.preventDefault();
        pick(shown[activeIndex]);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      }
    }
  }

  return (
    <div className="relative">
      <label htmlFor={inputId} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && shown[activeIndex] ? optionId(activeIndex) : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          onQueryChange(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className={`mt-1 w-full rounded border px-3 py-2 ${invalid ? 'border-red-700' : 'border-slate-400'} disabled:bg-slate-100`}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={typeof label === 'string' ? label : undefined}
        hidden={!open}
        className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded border border-slate-400 bg-white shadow-lg"
      >
        {shown.map((option, index) => (
          <li
            key={option.value}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(option)}
            onMouseEnter={() => setActive(index)}
            className={`cursor-pointer px-3 py-2 ${index === activeIndex ? 'bg-slate-800 text-white' : ''}`}
          >
            <span>{option.label}</span>
            {option.hint && ' '}
            {option.hint && (
              <span className={`ml-1 text-sm ${index === activeIndex ? 'text-slate-200' : 'text-slate-600'}`}>{option.hint}</span>
            )}
          </li>
        ))}
        {shown.length === 0 && emptyText && (
          <li className="px-3 py-2 text-slate-600" role="presentation">
            {emptyText}
          </li>
        )}
      </ul>
    </div>
  );
}
