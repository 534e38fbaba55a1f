// The server backend: a PostgreSQL reached through a connection pool.
import pg from 'pg';
import type { Database, Queryable } from './database';

export function openPostgresDatabase(connectionString: string, poolSize: number): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle connection that the server drops must not take the process down; the next query reconnects.
  pool.on('error', (error) => console.error(`collector: idle database connection failed: ${error.message}`));
  // Each connection parses and plans a named statement once, instead of on every insert.
  const names = new Map<string, string>();
  const nameOf = (sql: string) => names.get(sql) ?? names.set(sql, `collector_${names.size}`).get(sql)!;
  const queryable = (target: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <Row extends object>(sql: string, params: unknown[] = []) => (await target.query<Row>({ name: nameOf(sql), text: sql, values: params })).rows,
    // Without parameters pg uses the simple protocol, which accepts several statements at once.
    exec: async (sql) => {
      await target.query(sql);
    },
  });
  return {
    backend: 'postgres',
    connections: poolSize,
    ...queryable(pool),
    transaction: async <T>(work: (tx: Queryable) => Promise<T>): Promise<T> => {
      const client = await pool.connect();
      let result: T;
      try {
        await client.query('begin');
        result = await work(queryable(client));
        await client.query('commit');
      } catch (error) {
        // A connection that cannot even roll back is broken: destroy it instead of returning it to the pool.
        const broken = await client.query('rollback').then(
          () => undefined,
          (rollbackError: unknown) => (rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError))),
        );
        client.release(broken);
        throw error;
      }
      client.release();
      return result;
    },
    close: () => pool.end(),
  };
}
