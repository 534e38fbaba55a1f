// An address field as the report pages ask for one (a collector, a DNS-over-HTTPS resolver): label,
// what the address is and where to get one (when the page says so), the reason it cannot be saved
// (announced when it appears) and a hint, tied together for screen readers.
import type { ComponentChildren, Ref } from 'preact';

interface UrlFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Why the address cannot be saved, already translated; null when it can. */
  error: string | null;
  hint: string;
  /** What the address is and where to get one, shown between the label and the field. */
  help?: ComponentChildren;
  inputRef?: Ref<HTMLInputElement>;
}

export function UrlField({ id, label, value, onInput, error, hint, help, inputRef }: UrlFieldProps) {
  const described = [error === null ? null : `${id}-error`, help === undefined ? null : `${id}-help`, `${id}-hint`];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {help !== undefined && (
        <div id={`${id}-help`} class="field-help">
          {help}
        </div>
      )}
      <input
        ref={inputRef}
        id={id}
        type="url"
        dir="ltr"
        inputMode="url"
        autoComplete="off"
        spellcheck={false}
        placeholder="https://"
        value={value}
        aria-invalid={error !== null}
        aria-describedby={described.filter((part) => part !== null).join(' ')}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error !== null && (
        <p id={`${id}-error`} class="field-error" role="alert">
          {error}
        </p>
      )}
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
    </div>
  );
}
