// The one Prisma client. The app is typed against the SQLite client; on
// PostgreSQL the client generated from the same schema is used instead, which
// has the same models and methods (scripts/db/schema.ts keeps them in step).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/prisma/generated/sqlite/client";
import { PrismaClient as PgPrismaClient } from "@/prisma/generated/postgresql/client";
import { databaseConfig, type DatabaseConfig } from "./config";
import { sqliteAdapter } from "./sqlite";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// A signing renders its letter inside its transaction (the number it prints
// must roll back with it), so a transaction can hold SQLite's one writer, or a
// pooled connection, for a few hundred milliseconds. A burst of signings then
// waits in line instead of failing after Prisma's default 2 s.
const TRANSACTIONS = { maxWait: 15_000, timeout: 20_000 };

/**
 * `logQueries` (or SIPADU_LOG_QUERIES=1, for the process's one client): the client emits each statement as a
 * "query" event — the benchmarks read the plans of what a page runs.
 */
export function createDb(config: DatabaseConfig = databaseConfig(), opts: { logQueries?: boolean } = {}): Db {
  const log = (opts.logQueries ?? process.env.SIPADU_LOG_QUERIES === "1") ? [{ emit: "event" as const, level: "query" as const }] : undefined;
  if (config.provider === "sqlite") {
    return new PrismaClient({ adapter: sqliteAdapter(config.file), transactionOptions: TRANSACTIONS, log });
  }
  const pool = Number(process.env.SIPADU_PG_POOL_SIZE ?? 10);
  const client = new PgPrismaClient({ adapter: new PrismaPg({ connectionString: config.url, max: pool }), transactionOptions: TRANSACTIONS, log });
  return client as unknown as Db;
}

// One client per process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { sipaduDb?: Db };

export const db: Db = globalForDb.sipaduDb ?? (globalForDb.sipaduDb = createDb());

export function databaseProvider(): DatabaseConfig["provider"] {
  return databaseConfig().provider;
}
