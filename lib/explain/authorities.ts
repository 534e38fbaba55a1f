// The authorities of the Russian registry, as its dumps write them ("Мосгорсуд", "ФНС"), and the
// message that says in the reader's language what each is (the Moscow City Court, the Federal Tax
// Service). Sentences name the authority that way; the evidence keeps the registry's own words.
import type { Translate } from './translate';

/**
 * Every authority the registry dumps of 2016-06-13, 2018-05-05 and 2020-02-16 name
 * (tests/fixtures/lists/registry-authorities.tsv), and three more that tools reading later dumps
 * list (Росздравнадзор, Росмолодежь, Минздрав). Keys as `authorityKey` writes them.
 */
const AUTHORITY_MESSAGES: Readonly<Record<string, string>> = {
  роскомнадзор: 'authority_roskomnadzor',
  генпрокуратура: 'authority_prosecutor_general',
  суд: 'authority_court',
  мосгорсуд: 'authority_moscow_city_court',
  фнс: 'authority_tax_service',
  мвд: 'authority_interior_ministry',
  фскн: 'authority_drug_control',
  роспотребнадзор: 'authority_consumer_protection',
  росалкогольрегулирование: 'authority_alcohol_regulator',
  минкомсвязь: 'authority_communications_ministry',
  росздравнадзор: 'authority_healthcare_regulator',
  росмолодежь: 'authority_youth_agency',
  минздрав: 'authority_health_ministry',
};

/** The form authorities are compared in: spaces trimmed and collapsed, lower case, ё as е. */
function authorityKey(authority: string): string {
  return authority.trim().replace(/\s+/g, ' ').toLowerCase().replaceAll('ё', 'е');
}

/** The message naming this authority in the reader's language, or null for one not known. */
export function authorityMessage(authority: string): string | null {
  return AUTHORITY_MESSAGES[authorityKey(authority)] ?? null;
}

/** What the authority is, in the reader's language; an authority not known, as the list writes it. */
export function authorityName(authority: string, t: Translate): string {
  const key = authorityMessage(authority);
  return key === null ? authority.trim() : t(key);
}
