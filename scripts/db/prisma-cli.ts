// The Prisma CLI, run the way it works offline here: with the JS schema engine
// (prisma.config.ts) and a datasource URL that matches the schema's provider.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type Provider = "sqlite" | "postgresql";
export const PROVIDERS: Provider[] = ["sqlite", "postgresql"];

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SQLITE_SCHEMA = path.join(ROOT, "prisma/schema.prisma");
export const PG_SCHEMA = path.join(ROOT, "prisma/postgresql/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
/** The schema as of the newest migration: the "from" side of the next one. */
export const SNAPSHOT = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");

const require = createRequire(import.meta.url);
const PRISMA_BIN = require.resolve("prisma/build/index.js");

const HEADER =
  "// GENERATED from prisma/schema.prisma by `npm run db:schema`. Do not edit:\n" +
  "// edit prisma/schema.prisma, the one source of both providers' schemas.\n\n";

/** The PostgreSQL schema differs from the SQLite one only in provider and client folder. */
export function toPostgresSchema(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/output(\s*)=\s*"\.\/generated\/sqlite"/, 'output$1= "../generated/postgresql"');
  if (out === sqliteSchema || !out.includes('"postgresql"') || !out.includes("generated/postgresql")) {
    throw new Error("prisma/schema.prisma: datasource provider or generator output not found");
  }
  return HEADER + out;
}

export function schemaFor(provider: Provider, sqliteSchemaText: string): string {
  return provider === "sqlite" ? sqliteSchemaText : toPostgresSchema(sqliteSchemaText);
}

export function runPrisma(provider: Provider, args: string[], opts: { allowExit?: number[] } = {}) {
  const res = spawnSync(process.execPath, [PRISMA_BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: {
      ...process.env,
      SIPADU_PRISMA_PROVIDER: provider,
      DATABASE_URL: provider === "sqlite" ? "file:./data/sipadu.db" : "postgresql://sipadu@localhost:5432/sipadu",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  const ok = [0, ...(opts.allowExit ?? [])];
  if (res.status === null || !ok.includes(res.status)) {
    throw new Error(`prisma ${args.join(" ")} failed (${res.status}):\n${res.stderr}\n${res.stdout}`);
  }
  return res;
}

/**
 * SQL that turns the schema `from` (null: an empty database) into `to`, both
 * given as SQLite-schema text and converted for `provider`. Pure datamodel
 * diffs: no database, no shadow database.
 */
export function diffSql(provider: Provider, from: string | null, to: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sipadu-diff-"));
  const toFile = path.join(dir, "to.prisma");
  writeFileSync(toFile, schemaFor(provider, to));
  const fromArgs = from === null ? ["--from-empty"] : ["--from-schema-datamodel", path.join(dir, "from.prisma")];
  if (from !== null) writeFileSync(path.join(dir, "from.prisma"), schemaFor(provider, from));
  const res = runPrisma(provider, ["migrate", "diff", ...fromArgs, "--to-schema-datamodel", toFile, "--script"]);
  return res.stdout;
}

/** True when a diff script changes nothing (Prisma prints a comment for an empty diff). */
export function isEmptyDiff(sql: string): boolean {
  return sql.split("\n").every((l) => l.trim() === "" || l.trim().startsWith("--"));
}

export function readSqliteSchema(): string {
  return readFileSync(SQLITE_SCHEMA, "utf8");
}
