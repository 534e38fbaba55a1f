// The DNS-over-HTTPS form's state and the setting it saves: a preset resolver, or an address of the
// person's own in the format it speaks, checked like every endpoint the extension may talk to.
import { DOH_PRESETS, presetOf, type DohFormat, type DohPresetId } from '../../lib/addresses/doh-endpoint';
import { isAllowedEndpointUrl } from '../../lib/settings/endpoint-url';
import type { Settings } from '../../lib/settings/settings';

export type DohSettings = Settings['doh'];
export type ResolverChoice = DohPresetId | 'custom';

export interface DohFormState {
  enabled: boolean;
  choice: ResolverChoice;
  customUrl: string;
  customFormat: DohFormat;
}

export function formStateOf(doh: DohSettings): DohFormState {
  const preset = presetOf({ url: doh.resolver, format: doh.format });
  return {
    enabled: doh.enabled,
    choice: preset ?? 'custom',
    customUrl: preset ? '' : doh.resolver,
    customFormat: preset ? 'wire' : doh.format,
  };
}

/** The setting to save, or the message key of what is wrong with the custom address. */
export function dohFromForm(form: DohFormState): { ok: true; doh: DohSettings } | { ok: false; problem: string } {
  const preset = DOH_PRESETS.find((candidate) => candidate.id === form.choice);
  if (preset) return { ok: true, doh: { enabled: form.enabled, resolver: preset.url, format: 'wire' } };
  const url = form.customUrl.trim();
  if (url === '') return { ok: false, problem: 'doh_url_missing' };
  if (!isAllowedEndpointUrl(url)) return { ok: false, problem: 'doh_url_invalid' };
  return { ok: true, doh: { enabled: form.enabled, resolver: url, format: form.customFormat } };
}
