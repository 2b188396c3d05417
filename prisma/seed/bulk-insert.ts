// Many rows in one INSERT, for synthetic data at scale: Prisma's createMany
// spends most of its time in the client for a million rows; one parameterised
// multi-row statement per few hundred rows is an order of magnitude faster.
// Values are written as Prisma writes them on each database (SQLite: booleans
// as 0/1, DateTime as ISO text with "+00:00", Json as text; PostgreSQL: casts
// to the enum, jsonb and timestamp(3) types).
import type { Db, Tx } from "@/lib/db";

export type ColumnType = "text" | "int" | "bigint" | "bool" | "date" | "json" | { enum: string };

export async function bulkInsert(
  db: Db | Tx,
  provider: "sqlite" | "postgresql",
  table: string,
  columns: Record<string, ColumnType>,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const names = Object.keys(columns);
  const perStatement = Math.max(1, Math.floor(20_000 / names.length));
  const pg = provider === "postgresql";
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const cells = names.map((name) => {
        const type = columns[name]!;
        values.push(encode(row[name], type, pg));
        return pg ? `$${values.length}${cast(type)}` : "?";
      });
      return `(${cells.join(",")})`;
    });
    await db.$executeRawUnsafe(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(",")}) VALUES ${tuples.join(",")}`, ...values);
  }
}

function encode(value: unknown, type: ColumnType, pg: boolean): unknown {
  if (value === null || value === undefined) return null;
  if (type === "bool") return value ? 1 : 0;
  // Whole rupiah: text to PostgreSQL (cast below), a number to SQLite (amounts stay far below 2^53).
  if (type === "bigint") return pg ? String(value) : Number(value);
  if (type === "json") return JSON.stringify(value);
  if (type === "date") {
    const iso = (value as Date).toISOString();
    return pg ? iso.replace("T", " ").replace("Z", "") : iso.replace("Z", "+00:00");
  }
  return value;
}

function cast(type: ColumnType): string {
  if (typeof type === "object") return `::"${type.enum}"`;
  return { text: "", int: "::int", bigint: "::bigint", bool: "::int::boolean", date: "::timestamp(3)", json: "::jsonb" }[type];
}
