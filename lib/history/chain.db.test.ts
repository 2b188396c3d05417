import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { seedCase } from "@/prisma/seed/factories";
import { appendHistory, verifyChain } from "./chain";

const provider = databaseConfig().provider;

async function caseWithThreeEvents() {
  const kase = await seedCase(db);
  await db.$transaction(async (tx) => {
    await appendHistory(tx, kase.id, { step: 2, type: "LANGKAH_2", fromStatus: "DITERIMA", toStatus: "DI_INSPEKTUR", data: { catatan: "Mohon arahan", n: 1 } });
    await appendHistory(tx, kase.id, { type: "CATATAN", actorLabel: "Sistem", data: { nested: { b: 2, a: [1, "x"] } } });
  });
  return kase;
}

describe(`hash-chained history (${provider})`, () => {
  it("verifies an untouched chain", async () => {
    const kase = await caseWithThreeEvents();
    expect(await verifyChain(db, kase.id)).toEqual({ ok: true, events: 3 });
    const events = await db.historyEvent.findMany({ where: { caseId: kase.id }, orderBy: { seq: "asc" } });
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
  });

  it("detects a changed event", async () => {
    const kase = await caseWithThreeEvents();
    await db.historyEvent.update({ where: { caseId_seq: { caseId: kase.id, seq: 2 } }, data: { data: { catatan: "Diubah", n: 1 } } });
    expect(await verifyChain(db, kase.id)).toMatchObject({ ok: false, brokenAt: 2, reason: "isi telah berubah" });
  });

  it("detects a removed event", async () => {
    const kase = await caseWithThreeEvents();
    await db.historyEvent.delete({ where: { caseId_seq: { caseId: kase.id, seq: 2 } } });
    expect(await verifyChain(db, kase.id)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it("cannot fork: two events with the same number are refused", async () => {
    const kase = await seedCase(db);
    const first = await db.historyEvent.findFirstOrThrow({ where: { caseId: kase.id } });
    await expect(
      db.historyEvent.create({
        data: { caseId: kase.id, seq: 1, type: "PALSU", data: {}, prevHash: first.prevHash, hash: "f".repeat(64) },
      }),
    ).rejects.toThrow();
  });
});
