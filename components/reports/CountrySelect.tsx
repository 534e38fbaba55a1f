// The country a person may declare: every ISO 3166-1 code, named and sorted in the page's language.
import { useMemo } from 'preact/hooks';
import type { Translate } from '../../lib/explain/translate';
import { COUNTRY_CODES } from './country-codes';

export interface CountrySelectProps {
  id: string;
  /** Upper-case ISO 3166-1 alpha-2, or null for "not declared". */
  value: string | null;
  onChange: (country: string | null) => void;
  lang: string;
  t: Translate;
  describedBy?: string;
}

export function CountrySelect({ id, value, onChange, lang, t, describedBy }: CountrySelectProps) {
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames([lang], { type: 'region' });
    const collator = new Intl.Collator(lang);
    return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
      collator.compare(a.name, b.name),
    );
  }, [lang]);
  return (
    <select
      id={id}
      value={value ?? ''}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.currentTarget.value === '' ? null : event.currentTarget.value)}
    >
      <option value="">{t('consent_country_none')}</option>
      {countries.map(({ code, name }) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </select>
  );
}
