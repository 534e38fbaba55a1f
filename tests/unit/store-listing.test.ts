import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const localesDir = join(import.meta.dirname, '../../public/_locales');
const locales = readdirSync(localesDir);

// The manifest's name and description come from these messages. The Chrome Web Store refuses a
// description over 132 characters; addons.mozilla.org takes names of at most 50.
describe.each(locales)('the store listing in %s', (locale) => {
  const messages = JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string }
  >;

  it("has a name and a description within the stores' limits", () => {
    const name = messages.extName?.message ?? '';
    const description = messages.extDescription?.message ?? '';
    expect(name.length).toBeGreaterThan(0);
    expect([...name].length).toBeLessThanOrEqual(50);
    expect(description.length).toBeGreaterThan(0);
    expect([...description].length).toBeLessThanOrEqual(132);
  });
});
