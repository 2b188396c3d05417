// The structure of a database as plain data (tables, columns, indexes,
// foreign keys, enums), to compare two databases for drift.
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseConfig } from "@/lib/db/config";

const IGNORED = new Set(["_prisma_migrations"]);

export async function runScript(config: DatabaseConfig, sql: string): Promise<void> {
  if (config.provider === "sqlite") {
    const conn = new Database(config.file);
    try {
      conn.exec(sql);
    } finally {
      conn.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function catalog(config: DatabaseConfig): Promise<Record<string, unknown>> {
  return config.provider === "sqlite" ? sqliteCatalog(config.file) : postgresCatalog(config.url);
}

function sqliteCatalog(file: string) {
  const conn = new Database(file, { readonly: true });
  try {
    const tables = (conn.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[])
      .map((t) => t.name)
      .filter((t) => !IGNORED.has(t));
    const out: Record<string, unknown> = {};
    for (const t of tables) {
      const indexes = (conn.pragma(`index_list("${t}")`) as { name: string; unique: number; origin: string }[])
        .map((i) => ({
          name: i.name,
          unique: i.unique,
          origin: i.origin,
          columns: (conn.pragma(`index_info("${i.name}")`) as { name: string }[]).map((c) => c.name),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      out[t] = {
        columns: conn.pragma(`table_info("${t}")`),
        indexes,
        foreignKeys: (conn.pragma(`foreign_key_list("${t}")`) as Record<string, unknown>[])
          .map(({ id: _id, seq: _seq, ...fk }) => fk)
          .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      };
    }
    return out;
  } finally {
    conn.close();
  }
}

async function postgresCatalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows;
    const columns = await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, ordinal_position
      FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, ordinal_position`);
    const indexes = await q(`SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename, indexname`);
    const constraints = await q(`SELECT conrelid::regclass::text AS tbl, conname, contype, pg_get_constraintdef(oid) AS def
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"')
      ORDER BY 1, 2`);
    // The order of an enum's values, not the numbers PostgreSQL keeps it by (a value added BEFORE another gets 9.5).
    const enums = await q(`SELECT t.typname, e.enumlabel, ROW_NUMBER() OVER (PARTITION BY t.typname ORDER BY e.enumsortorder)::int AS "position"
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY t.typname, e.enumsortorder`);
    return { columns, indexes, constraints, enums };
  } finally {
    await client.end();
  }
}
