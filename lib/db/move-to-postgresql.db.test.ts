// Moving the embedded SQLite installation to PostgreSQL (npm run db:move): in
// the SQLite pass, this test's database is the source and a fresh PostgreSQL
// database on the test server the target. Every row of every table must read
// the same through the app's client afterwards.
import { spawn } from "node:child_process";
import { once } from "node:events";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/prisma/generated/sqlite/client";
import { createDb, db, type Db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { migrate } from "@/lib/db/migrate";
import { prepareDatabase } from "@/lib/db/prepare";
import { verifyAllChains } from "@/lib/history/chain";
import { SAMPLE, file } from "@/tests/fixtures/files";
import { createTestDatabase, type TestDatabase } from "@/tests/test-databases";
import { caseWaitingFor, registerTestCase, seedCrew } from "@/tests/workflow";
import { MoveError, moveToPostgresql } from "./move-to-postgresql";

const config = databaseConfig();
const sqliteFile = config.provider === "sqlite" ? config.file : "";
const targets: TestDatabase[] = [];

async function emptyTarget(): Promise<TestDatabase> {
  const t = await createTestDatabase("postgresql", "pindah");
  targets.push(t);
  return t;
}

const delegate = (client: Db, model: string) =>
  (client as unknown as Record<string, { findMany(): Promise<Record<string, unknown>[]> }>)[model[0]!.toLowerCase() + model.slice(1)]!;

/** Bytes as base64, and object keys sorted: PostgreSQL's jsonb keeps its own key order, SQLite's text the writer's. */
function canonical(v: unknown): unknown {
  if (v instanceof Uint8Array) return Buffer.from(v).toString("base64");
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "bigint") return `${v}n`;
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
}

/** A table as the app reads it, in an order that does not depend on the database. */
async function rowsOf(client: Db, model: string): Promise<string[]> {
  const rows = await delegate(client, model).findMany();
  return rows.map((r) => JSON.stringify(canonical(r))).sort();
}

async function everything(client: Db): Promise<Record<string, string[]>> {
  const all: Record<string, string[]> = {};
  for (const model of Object.values(Prisma.ModelName)) all[model] = await rowsOf(client, model);
  return all;
}

describe.runIf(config.provider === "sqlite")("moving the SQLite installation to PostgreSQL", () => {
  beforeAll(async () => {
    const crew = await seedCrew();
    // Stored files, a signed SPT with its PDF and DOCX, review criteria, plans, history, JSON settings.
    await registerTestCase(crew, { lampiran: [file(SAMPLE.pdf(), "bukti.pdf"), file(SAMPLE.png(), "foto.png")] });
    const later = await caseWaitingFor(crew, 9);
    // A link from a case to another case (the table refers to itself).
    const first = await db.case.findFirstOrThrow({ where: { id: { not: later } }, orderBy: { registeredAt: "asc" } });
    await db.case.update({ where: { id: later }, data: { duplicateOfId: first.id } });
    // A recommendation: its per-month figure is derived, filled on the target by the trigger, not copied.
    await db.recommendationRecord.create({
      data: { caseId: first.id, position: 1, text: "Kembalikan uang.", kind: "PENGEMBALIAN_UANG", amountDueRupiah: 500_000n, deadlineOn: "2027-01-31" },
    });
  });

  afterAll(async () => {
    for (const t of targets) await t.drop();
  });

  it("copies every row of every table, reads the same through the app, and the history chains verify", async () => {
    const before = await everything(db);
    expect(before.StoredFile!.length).toBeGreaterThanOrEqual(4);
    expect(before.HistoryEvent!.length).toBeGreaterThan(5);

    const target = await emptyTarget();
    const lines: string[] = [];
    const r = await moveToPostgresql(sqliteFile, target.url, (l) => lines.push(l));
    expect(before.FollowUpMonthFigure).toHaveLength(1);
    expect(r.rows).toBe(Object.entries(before).reduce((n, [model, rows]) => n + (model === "FollowUpMonthFigure" ? 0 : rows.length), 0));
    expect(r.cases).toBe(before.Case!.length);
    expect(lines).toContain(`Case: ${before.Case!.length} baris`);

    const copy = createDb(target.config);
    try {
      expect(await everything(copy)).toEqual(before);
      expect(await verifyAllChains(copy)).toMatchObject({ ok: true, cases: before.Case!.length });
      expect((await copy.case.findFirstOrThrow({ where: { duplicateOfId: { not: null } } })).duplicateOfId).not.toBeNull();
      // The server's own preparation on its first start adds nothing: the reference data came along.
      await prepareDatabase(copy, target.config);
      expect(await everything(copy)).toEqual(before);
    } finally {
      await copy.$disconnect();
    }
    // The source is untouched.
    expect(await everything(db)).toEqual(before);
  });

  it("refuses a target that already has data, and leaves it as it was", async () => {
    const target = await emptyTarget();
    await moveToPostgresql(sqliteFile, target.url);
    const copy = createDb(target.config);
    try {
      const there = await everything(copy);
      await expect(moveToPostgresql(sqliteFile, target.url)).rejects.toThrow(/tidak kosong/);
      expect(await everything(copy)).toEqual(there);
    } finally {
      await copy.$disconnect();
    }
  });

  it("is all or nothing: a failure part way leaves the target empty", async () => {
    const target = await emptyTarget();
    await migrate(target.config);
    // The history is copied after the cases and users it refers to: fail there.
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      await client.query(`CREATE FUNCTION tolak() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'uji: ditolak'; END $$ LANGUAGE plpgsql`);
      await client.query(`CREATE TRIGGER tolak BEFORE INSERT ON "HistoryEvent" FOR EACH ROW EXECUTE FUNCTION tolak()`);
      await expect(moveToPostgresql(sqliteFile, target.url)).rejects.toThrow(/ditolak/);
      for (const model of Object.values(Prisma.ModelName)) {
        const { rows } = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${model}"`);
        expect([model, Number(rows[0]!.n)]).toEqual([model, 0]);
      }
    } finally {
      await client.end();
    }
  });

  it("refuses a bad address, a missing file, and a SQLite file someone is writing to", async () => {
    await expect(moveToPostgresql(sqliteFile, "bukan alamat")).rejects.toThrow(MoveError);
    await expect(moveToPostgresql(sqliteFile, "mysql://localhost/sipadu")).rejects.toThrow(/PostgreSQL/);
    await expect(moveToPostgresql(`${sqliteFile}.tidak-ada`, "postgresql://localhost/x")).rejects.toThrow(/tidak ditemukan/);
    const writer = new Database(sqliteFile);
    writer.exec("BEGIN IMMEDIATE");
    try {
      await expect(moveToPostgresql(sqliteFile, (await emptyTarget()).url)).rejects.toThrow(/sedang dipakai/);
    } finally {
      writer.exec("ROLLBACK");
      writer.close();
    }
  });

  it("npm run db:move says what it did, and what to carry over", async () => {
    const target = await emptyTarget();
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/db/move-to-postgresql.ts", "--to", target.url], { env: process.env });
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (out += c.toString()));
    const [code] = (await once(child, "exit")) as [number];
    expect(code, out).toBe(0);
    expect(out).toMatch(/Selesai: \d+ baris dari \d+ tabel; riwayat \d+ aduan \(\d+ peristiwa\) utuh\./);
    expect(out).toContain("SIPADU_ENCRYPTION_KEY");

    const missing = spawn(process.execPath, ["--import", "tsx", "scripts/db/move-to-postgresql.ts"], { env: process.env });
    let said = "";
    missing.stderr.on("data", (c: Buffer) => (said += c.toString()));
    const [refused] = (await once(missing, "exit")) as [number];
    expect(refused).toBe(1);
    expect(said).toContain("Sebutkan tujuan");
  });
});
