// An address field as the report pages ask for one (a collector, a DNS-over-HTTPS resolver): label,
// the reason it cannot be saved (announced when it appears) and a hint, tied together for screen readers.
import type { Ref } from 'preact';

interface UrlFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Why the address cannot be saved, already translated; null when it can. */
  error: string | null;
  hint: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function UrlField({ id, label, value, onInput, error, hint, inputRef }: UrlFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
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
        aria-describedby={error === null ? `${id}-hint` : `${id}-error ${id}-hint`}
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
