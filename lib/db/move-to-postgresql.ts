// Moving an installation from the embedded SQLite file to PostgreSQL, for when
// it grows to several app servers (README, "Switching to PostgreSQL"). The
// target is migrated to the same schema, must be empty, and receives every row
// of every table in one transaction: it has all of the data or none of it.
// Afterwards row counts are compared table by table and every case's history
// chain is verified on the target.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";
import { createDb } from "./index";
import { migrate } from "./migrate";
import { assertSqliteIdle } from "./sqlite-idle";
import { verifyAllChains } from "@/lib/history/chain";

export class MoveError extends Error {}

export interface MoveResult {
  tables: { name: string; rows: number }[];
  rows: number;
  cases: number;
  events: number;
}

interface Table {
  name: string;
  columns: string[];
  /** columns that refer to the same table (Case.duplicateOfId): written after all its rows exist */
  selfRefs: string[];
}

/** Tables the target's triggers fill as the rows they are derived from arrive (copying them too would count twice). */
const DERIVED_TABLES = new Set(["FollowUpMonthFigure"]);

/** PostgreSQL allows 65 535 parameters per statement; rows with files are also kept to a few MB a statement. */
const MAX_PARAMS = 30_000;
const MAX_BATCH_BYTES = 8 * 1024 * 1024;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables of the source with their columns and foreign keys, parents before children. */
function tablesInOrder(source: Database.Database): Table[] {
  const names = (
    source.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`).all() as {
      name: string;
    }[]
  )
    .map((r) => r.name)
    .filter((n) => !DERIVED_TABLES.has(n));
  const parents = new Map<string, Set<string>>();
  const tables = new Map<string, Table>();
  for (const name of names) {
    const columns = (source.prepare(`PRAGMA table_info(${quote(name)})`).all() as { name: string }[]).map((c) => c.name);
    const keys = source.prepare(`PRAGMA foreign_key_list(${quote(name)})`).all() as { table: string; from: string }[];
    parents.set(name, new Set(keys.filter((k) => k.table !== name).map((k) => k.table)));
    tables.set(name, { name, columns, selfRefs: keys.filter((k) => k.table === name).map((k) => k.from) });
  }
  const ordered: Table[] = [];
  const placed = new Set<string>();
  while (ordered.length < names.length) {
    const ready = names.filter((n) => !placed.has(n) && [...parents.get(n)!].every((p) => placed.has(p) || !tables.has(p)));
    if (!ready.length) throw new MoveError("Urutan tabel tidak dapat ditentukan (rujukan melingkar antartabel).");
    for (const n of ready) {
      placed.add(n);
      ordered.push(tables.get(n)!);
    }
  }
  return ordered;
}

/** SQLite's values as PostgreSQL's columns take them: 0/1 for booleans, numbers of milliseconds for old timestamps. */
function converter(type: string): (v: unknown) => unknown {
  if (type === "boolean") return (v) => (v === null ? null : Number(v) !== 0);
  if (type.startsWith("timestamp")) return (v) => (typeof v === "number" || typeof v === "bigint" ? new Date(Number(v)).toISOString() : v);
  return (v) => v;
}

function rowBytes(row: Record<string, unknown>): number {
  let n = 0;
  for (const v of Object.values(row)) n += Buffer.isBuffer(v) ? v.length : typeof v === "string" ? v.length : 8;
  return n;
}

async function targetColumns(client: pg.Client, table: string): Promise<Map<string, string>> {
  const { rows } = await client.query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
    [table],
  );
  return new Map(rows.map((r) => [r.column_name, r.data_type]));
}

async function countRows(client: pg.Client, table: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${quote(table)}`);
  return Number(rows[0]!.n);
}

/** The target's column types per table; refused when its schema differs or it already has rows. */
async function checkTarget(target: pg.Client, tables: Table[]): Promise<Map<string, Map<string, string>>> {
  const types = new Map<string, Map<string, string>>();
  for (const t of tables) {
    const columns = await targetColumns(target, t.name);
    const missing = t.columns.filter((c) => !columns.has(c));
    if (!columns.size || missing.length) {
      throw new MoveError(`Tabel ${t.name} di PostgreSQL tidak sama dengan di SQLite (kolom ${missing.join(", ") || "semua"}).`);
    }
    types.set(t.name, columns);
    if ((await countRows(target, t.name)) > 0) {
      throw new MoveError(`Basis data PostgreSQL tujuan tidak kosong (tabel ${t.name} berisi data). Pindahkan ke basis data yang baru dibuat.`);
    }
  }
  return types;
}

/** Every row of one table, in multi-row INSERTs; returns how many. */
async function copyTable(source: Database.Database, target: pg.Client, t: Table, types: Map<string, string>): Promise<number> {
  const convert = t.columns.map((c) => converter(types.get(c)!));
  const selfRefs = new Set(t.selfRefs);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / t.columns.length));
  const later: [string, string, unknown][] = [];
  let rows = 0;
  let batch: Record<string, unknown>[] = [];
  let bytes = 0;
  const flush = async () => {
    if (!batch.length) return;
    const params: unknown[] = [];
    const values = batch.map((row) => {
      const marks = t.columns.map((c, i) => {
        // A row's link to another row of its own table waits until every row is in.
        if (selfRefs.has(c) && row[c] !== null) {
          later.push([c, String(row.id), row[c]]);
          params.push(null);
        } else params.push(convert[i]!(row[c]));
        return `$${params.length}`;
      });
      return `(${marks.join(", ")})`;
    });
    await target.query(`INSERT INTO ${quote(t.name)} (${t.columns.map(quote).join(", ")}) VALUES ${values.join(", ")}`, params);
    rows += batch.length;
    batch = [];
    bytes = 0;
  };
  for (const row of source.prepare(`SELECT * FROM ${quote(t.name)}`).iterate() as Iterable<Record<string, unknown>>) {
    batch.push(row);
    bytes += rowBytes(row);
    if (batch.length >= perStatement || bytes >= MAX_BATCH_BYTES) await flush();
  }
  await flush();
  for (const [column, id, value] of later) {
    await target.query(`UPDATE ${quote(t.name)} SET ${quote(column)} = $1 WHERE "id" = $2`, [value, id]);
  }
  return rows;
}

/** Row counts table by table, then every case's history chain, on the committed copy. */
async function verifyCopy(target: pg.Client, pgUrl: string, moved: MoveResult["tables"]): Promise<MoveResult> {
  for (const m of moved) {
    const there = await countRows(target, m.name);
    if (there !== m.rows) throw new MoveError(`Tabel ${m.name}: ${m.rows} baris dibaca, ${there} baris di PostgreSQL.`);
  }
  const copy = createDb({ provider: "postgresql", url: pgUrl });
  try {
    const chains = await verifyAllChains(copy);
    if (!chains.ok) {
      throw new MoveError(
        `Riwayat aduan ${chains.broken.registerNumber} tidak utuh setelah dipindahkan (urutan ${chains.broken.seq}: ${chains.broken.reason}).`,
      );
    }
    return { tables: moved, rows: moved.reduce((n, m) => n + m.rows, 0), cases: chains.cases, events: chains.events };
  } finally {
    await copy.$disconnect();
  }
}

function checkAddress(pgUrl: string) {
  let url: URL;
  try {
    url = new URL(pgUrl);
  } catch {
    throw new MoveError("Alamat PostgreSQL tidak sah. Contoh: postgresql://pengguna:sandi@host:5432/sipadu");
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new MoveError("Tujuan harus basis data PostgreSQL (postgresql://…).");
  }
}

export async function moveToPostgresql(sqliteFile: string, pgUrl: string, log: (line: string) => void = () => {}): Promise<MoveResult> {
  checkAddress(pgUrl);
  if (!existsSync(sqliteFile)) throw new MoveError(`Basis data SQLite ${sqliteFile} tidak ditemukan.`);
  // Nobody may be writing: rows written after the copy began would be left behind.
  try {
    assertSqliteIdle(sqliteFile);
  } catch (e) {
    throw new MoveError((e as Error).message);
  }
  // The source at the schema this version of SIPADU knows (a no-op when the server already did it).
  await migrate({ provider: "sqlite", file: sqliteFile });
  const source = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  try {
    await migrate({ provider: "postgresql", url: pgUrl }).catch((e: unknown) => {
      throw new MoveError(`Basis data PostgreSQL tidak dapat disiapkan: ${e instanceof Error ? e.message : String(e)}`);
    });
    const tables = tablesInOrder(source);
    const target = new pg.Client({ connectionString: pgUrl });
    await target.connect();
    try {
      const types = await checkTarget(target, tables);
      // A consistent read of the source while the target's one transaction is written.
      source.exec("BEGIN");
      await target.query("BEGIN");
      const moved: MoveResult["tables"] = [];
      try {
        for (const t of tables) {
          const rows = await copyTable(source, target, t, types.get(t.name)!);
          moved.push({ name: t.name, rows });
          log(`${t.name}: ${rows} baris`);
        }
        await target.query("COMMIT");
      } catch (e) {
        await target.query("ROLLBACK").catch(() => {});
        throw e;
      } finally {
        source.exec("ROLLBACK");
      }
      return await verifyCopy(target, pgUrl, moved);
    } finally {
      await target.end();
    }
  } finally {
    source.close();
  }
}
