// The SQLite adapter with the connection settings SIPADU relies on.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export const BUSY_TIMEOUT_MS = 5000;

// journal_mode=WAL is stored in the file (set by the migrator); the others
// are per connection. synchronous=FULL: a commit survives a power cut too,
// because a received complaint must never be lost.
export const CONNECTION_PRAGMAS = `
PRAGMA foreign_keys = ON;
PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};
PRAGMA synchronous = FULL;
`;

export function sqliteAdapter(file: string): SqlDriverAdapterFactory {
  mkdirSync(path.dirname(file), { recursive: true });
  const base = new PrismaBetterSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS });
  // The adapter opens its connection itself; wrap connect() to set the pragmas on it.
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const adapter = await base.connect();
      await adapter.executeScript(CONNECTION_PRAGMAS);
      writeLockFirst(adapter);
      return adapter;
    },
  };
}

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/**
 * Transactions take the write lock when they begin (BEGIN IMMEDIATE), not at
 * their first write. A deferred transaction that reads and then writes fails
 * at once with SQLITE_BUSY when another process (a script, a second server)
 * committed in between — its snapshot is stale and SQLite cannot wait. Taken
 * up front, the lock is waited for under the busy timeout instead. Inside one
 * process the adapter already runs one transaction at a time.
 */
function writeLockFirst(adapter: Adapter) {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const tx = await start(isolationLevel);
    const client = (tx as unknown as { client: { prepare(sql: string): { run(): unknown } } }).client;
    try {
      // Nothing has run in the deferred transaction yet: end it and begin again, immediately.
      client.prepare("ROLLBACK").run();
      client.prepare("BEGIN IMMEDIATE").run();
    } catch (e) {
      await tx.rollback();
      throw e;
    }
    return tx;
  };
}
