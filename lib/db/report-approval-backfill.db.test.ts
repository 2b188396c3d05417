// The migration that made the approval of the report a step: a case that
// waited at LAPORAN_SELESAI with its report not yet approved waits at
// LAPORAN_DIAJUKAN afterwards; one whose report was signed stays.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { seedCase } from "@/prisma/seed/factories";
import { createTestDatabase, type TestDatabase } from "@/tests/test-databases";
import { databaseConfig } from "./config";
import { createDb } from "./index";
import { migrate, migrationsDir } from "./migrate";

const provider = databaseConfig().provider;
const BACKFILL = "20261202015404_report_approval_backfill";
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

/** A project root whose migrations stop before `name`. */
function rootBefore(name: string): string {
  const root = mkdtempSync(path.join(tmpdir(), "sipadu-backfill-"));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const from = migrationsDir(provider);
  const to = migrationsDir(provider, root);
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from)) if (entry < name) cpSync(path.join(from, entry), path.join(to, entry), { recursive: true });
  return root;
}

describe(`the report approval backfill (${provider})`, () => {
  it("moves unapproved reports to LAPORAN_DIAJUKAN and leaves approved ones", async () => {
    const target: TestDatabase = await createTestDatabase(provider, "backfill");
    cleanups.push(() => target.drop());
    await migrate(target.config, rootBefore(BACKFILL));
    const db = createDb(target.config);
    cleanups.push(() => db.$disconnect());
    const waiting = await seedCase(db, { status: "LAPORAN_SELESAI" });
    const approved = await seedCase(db, { status: "LAPORAN_SELESAI" });
    await db.document.create({
      data: { caseId: approved.id, type: "LAPORAN_HASIL_KLARIFIKASI", status: "DITANDATANGANI", number: "700.1.2.1/1/2026", content: {}, signedAt: new Date() },
    });
    const draftOnly = await seedCase(db, { status: "LAPORAN_SELESAI" });
    await db.document.create({ data: { caseId: draftOnly.id, type: "LAPORAN_HASIL_KLARIFIKASI", status: "DRAF", content: {} } });

    expect((await migrate(target.config)).applied[0]).toBe(BACKFILL);
    const status = async (id: string) => (await db.case.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
    expect(await status(waiting.id)).toBe("LAPORAN_DIAJUKAN");
    expect(await status(draftOnly.id)).toBe("LAPORAN_DIAJUKAN");
    expect(await status(approved.id)).toBe("LAPORAN_SELESAI");
  }, 60_000);
});
