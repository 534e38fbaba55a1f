// Creates a PGlite data folder and exits (run by pglite-database.ts in a process of its own).
// Creating one runs PostgreSQL's initdb, compiled to WebAssembly, beside the database itself, and
// WebAssembly memory is never given back: done in the collector's own process, it would keep
// ~850 MB for its whole life instead of ~330 MB.
import { PGlite } from '@electric-sql/pglite';

const db = await PGlite.create(process.argv[2]);
await db.close();
