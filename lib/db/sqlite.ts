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
      return adapter;
    },
  };
}
