// The text of a thrown value, for showing a failure to the person.
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
