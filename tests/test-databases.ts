// Throw-away databases for tests: a SQLite file in the temp folder, or a
// PostgreSQL database created on the test server and dropped afterwards.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseConfig } from "@/lib/db/config";

/** The PostgreSQL server for tests; any database on it, usually `postgres`. */
export function pgAdminUrl(): string {
  return process.env.SIPADU_TEST_PG_URL || "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function pgAdminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: pgAdminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  config: DatabaseConfig;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(provider: DatabaseConfig["provider"], label = "t"): Promise<TestDatabase> {
  const suffix = `${label}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  if (provider === "sqlite") {
    const file = path.join(tmpdir(), `sipadu-test-${suffix}.db`);
    return {
      config: { provider, file },
      url: `file:${file}`,
      async drop() {
        for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
      },
    };
  }
  const name = `sipadu_test_${suffix}`.toLowerCase();
  await pgAdminQuery(`CREATE DATABASE "${name}"`);
  const url = withDatabase(pgAdminUrl(), name);
  return {
    config: { provider, url },
    url,
    async drop() {
      await pgAdminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
