// Whether the database refused a statement for the data it carried, by the error's SQLSTATE, which
// PostgreSQL and PGlite both give as `code`: class 22 (data exception: a NUL in text, a bad date)
// and class 23 (integrity constraint violation). Anything else (a lost connection, a full disk) says
// nothing about one item more than another.
const DATA_FAULT_CLASSES = ['22', '23'];

export function isDataFault(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' && DATA_FAULT_CLASSES.includes(code.slice(0, 2));
}
