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

/** How long one attempt at the write lock may block the event loop (better-sqlite3 waits synchronously). */
const BEGIN_SLICE_MS = 20;
/** Give up on the write lock before Prisma's maxWait (15 s, lib/db/index.ts) so the error says what happened. */
const BEGIN_DEADLINE_MS = 14_000;

const isBusy = (e: unknown) => /SQLITE_BUSY|database is locked/i.test(`${(e as { code?: string })?.code ?? ""} ${String(e)}`);

/**
 * Transactions take the write lock when they begin (BEGIN IMMEDIATE), not at
 * their first write. A deferred transaction that reads and then writes fails
 * at once with SQLITE_BUSY when another process (a script, a second server)
 * committed in between — its snapshot is stale and SQLite cannot wait. Taken
 * up front, the lock can be waited for. Inside one process the adapter
 * already runs one transaction at a time.
 *
 * The wait is ours, not SQLite's busy handler: that one sleeps inside a
 * synchronous call (blocking every other request of this server for up to the
 * busy timeout) and is not fair, so with many writers one of them could starve
 * past the timeout and fail with "database is locked". Here each attempt
 * blocks at most BEGIN_SLICE_MS, and between attempts the event loop runs.
 */
function writeLockFirst(adapter: Adapter) {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const tx = await start(isolationLevel);
    const client = (tx as unknown as { client: { prepare(sql: string): { run(): unknown } } }).client;
    try {
      // Nothing has run in the deferred transaction yet: end it and begin again, immediately.
      client.prepare("ROLLBACK").run();
      await beginImmediate(client);
    } catch (e) {
      await tx.rollback().catch(() => undefined);
      throw e;
    }
    return tx;
  };
}

async function beginImmediate(client: { prepare(sql: string): { run(): unknown } }) {
  const deadline = Date.now() + BEGIN_DEADLINE_MS;
  client.prepare(`PRAGMA busy_timeout = ${BEGIN_SLICE_MS}`).run();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        client.prepare("BEGIN IMMEDIATE").run();
        return;
      } catch (e) {
        if (!isBusy(e) || Date.now() > deadline) throw e;
        // A little longer each time, randomised so waiting writers do not retry in step.
        await new Promise((r) => setTimeout(r, Math.random() * Math.min(40, 2 * attempt)));
      }
    }
  } finally {
    client.prepare(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`).run();
  }
}
