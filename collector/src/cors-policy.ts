// Which browser origins may call the collector: by default any extension page (the extension's id
// differs per browser and per install on Firefox), nothing else.

/** Patterns like `chrome-extension://*`, where `*` stands for one extension id (letters, digits, hyphens). */
export function originMatcher(patterns: readonly string[]): (origin: string) => boolean {
  const expressions = patterns.map((pattern) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[a-z0-9-]+')}$`, 'i'));
  return (origin) => expressions.some((expression) => expression.test(origin));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
