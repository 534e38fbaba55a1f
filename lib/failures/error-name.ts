// Browser error strings reduced to the name their tables use: Chrome's "net::" prefix dropped.

export function errorName(error: string): string {
  const trimmed = error.trim();
  return trimmed.startsWith('net::') ? trimmed.slice('net::'.length) : trimmed;
}
