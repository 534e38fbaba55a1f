// The little the report store needs from a database, so PGlite and PostgreSQL run the same SQL.

export interface Queryable {
  /** Runs one statement with `$1`-style parameters and returns its rows. */
  query<Row extends object>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (a migration). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly backend: 'pglite' | 'postgres';
  /** Statements it can run at once: its connections. */
  readonly connections: number;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
