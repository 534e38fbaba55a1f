// Free-text fields of list sources (authority, decision number) with stray and repeated spaces removed.

export function cleanText(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
