// Two processes on one SQLite file (the server and a script): a transaction
// holds the write lock from its start, so a read followed by a write cannot
// fail because someone else wrote in between.
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { runWriters } from "@/scripts/bench/sqlite-writers";

const config = databaseConfig();

describe.runIf(config.provider === "sqlite")("SQLite transactions and other connections", () => {
  it("hold the write lock from BEGIN: another connection cannot write in between, and the transaction's own write goes through", async () => {
    const file = config.provider === "sqlite" ? config.file : "";
    // Another connection that does not wait for locks (as another process would, but without blocking this one).
    const other = new Database(file, { timeout: 0 });
    try {
      await db.$transaction(async (tx) => {
        await tx.numberSequence.findFirst();
        expect(() => other.prepare(`INSERT INTO "NumberSequence" ("key", "year", "last") VALUES ('LAIN', 2026, 1)`).run()).toThrow(/locked|busy/i);
        await tx.numberSequence.create({ data: { key: "UJI", year: 2026, last: 1 } });
      });
      // Once committed, the other connection writes as usual.
      other.prepare(`INSERT INTO "NumberSequence" ("key", "year", "last") VALUES ('LAIN', 2026, 1)`).run();
      expect((await db.numberSequence.findMany({ where: { year: 2026, key: { in: ["UJI", "LAIN"] } } })).map((r) => r.key).sort()).toEqual(["LAIN", "UJI"]);
    } finally {
      other.close();
    }
  });

  it('lets many writer processes wait their turn: none fails with "database is locked", no number is lost', async () => {
    const file = config.provider === "sqlite" ? config.file : "";
    const runs = await runWriters(file, 6, 80, 8000);
    expect(runs.reduce((s, r) => s + r.locked + r.other, 0)).toBe(0);
    expect(runs.reduce((s, r) => s + r.ok, 0)).toBe(480);
    expect((await db.numberSequence.findUniqueOrThrow({ where: { key_year: { key: "BENCH_TULIS", year: 2026 } } })).last).toBe(480);
  }, 60_000);
});
