// Applies the committed migrations of the active provider. The app does this
// itself at start (instrumentation.ts), so the embedded database is created
// and kept current with no command, and several servers starting together on
// one PostgreSQL apply each migration once (advisory lock).
//
// Bookkeeping uses Prisma's own `_prisma_migrations` table and checksums, so
// `prisma migrate status` reads the same history.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseConfig } from "./config";
import { BUSY_TIMEOUT_MS } from "./sqlite";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationsDir(provider: DatabaseConfig["provider"], root = process.cwd()): string {
  return path.join(/*turbopackIgnore: true*/ root, "prisma", "migrations", provider);
}

export function loadMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) throw new Error(`Migration folder not found: ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const CREATE_PG_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Any number; it only has to be the same for every SIPADU server on the database. */
const PG_LOCK_KEY = 7_240_020_001;

export interface MigrateResult {
  applied: string[];
}

function checkApplied(applied: Map<string, string>, migrations: Migration[]) {
  const known = new Map(migrations.map((m) => [m.name, m.checksum]));
  for (const [name, checksum] of applied) {
    const expected = known.get(name);
    if (!expected) {
      throw new Error(`The database has migration ${name}, which this version of SIPADU does not know (newer database?).`);
    }
    if (expected !== checksum) {
      throw new Error(`Migration ${name} was changed after it was applied to this database.`);
    }
  }
}

export async function migrate(config: DatabaseConfig, root = process.cwd()): Promise<MigrateResult> {
  const migrations = loadMigrations(migrationsDir(config.provider, root));
  return config.provider === "sqlite" ? migrateSqlite(config.file, migrations) : migratePostgres(config.url, migrations);
}

function migrateSqlite(file: string, migrations: Migration[]): MigrateResult {
  const conn = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    conn.pragma("journal_mode = WAL");
    conn.exec(CREATE_SQLITE_TABLE);
    const applied: string[] = [];
    for (const m of migrations) {
      // Foreign keys off *before* the transaction: inside one, SQLite ignores
      // the PRAGMA (and so ignores the one Prisma writes into its migrations).
      // With them on, a migration that rebuilds a table (CREATE new_X … DROP X
      // … RENAME, Prisma's way of changing a column SQLite cannot ALTER) would
      // cascade the DROP through every onDelete: Cascade relation and delete
      // history, documents and files.
      conn.pragma("foreign_keys = OFF");
      try {
        // IMMEDIATE takes the write lock before reading, so a second process
        // starting at the same moment waits and then sees the migration applied.
        conn.exec("BEGIN IMMEDIATE");
        try {
          const rows = conn
            .prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`)
            .all() as { migration_name: string; checksum: string }[];
          const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
          checkApplied(done, migrations);
          if (!done.has(m.name)) {
            conn.exec(m.sql);
            // With the keys off nothing stopped a migration from leaving a row
            // that points nowhere: such a migration is not applied at all.
            assertForeignKeysHold(conn, m.name);
            conn
              .prepare(
                `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
                 VALUES (?, ?, current_timestamp, ?, current_timestamp, 1)`,
              )
              .run(randomUUID(), m.checksum, m.name);
            applied.push(m.name);
          }
          conn.exec("COMMIT");
        } catch (e) {
          if (conn.inTransaction) conn.exec("ROLLBACK");
          throw e;
        }
      } finally {
        conn.pragma("foreign_keys = ON");
      }
    }
    return { applied };
  } finally {
    conn.close();
  }
}

/** Throws when any row's foreign key points at no row (PRAGMA foreign_key_check). */
function assertForeignKeysHold(conn: Database.Database, migration: string) {
  const broken = conn.prepare("PRAGMA foreign_key_check").all() as { table: string; rowid: number; parent: string }[];
  if (broken.length === 0) return;
  const sample = broken
    .slice(0, 5)
    .map((b) => `${b.table} row ${b.rowid} → ${b.parent}`)
    .join("; ");
  throw new Error(`Migration ${migration} would leave ${broken.length} row(s) pointing at nothing (${sample}); not applied.`);
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<MigrateResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PG_LOCK_KEY]);
    await client.query(CREATE_PG_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    checkApplied(done, migrations);
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
        applied.push(m.name);
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
    }
    return { applied };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PG_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
