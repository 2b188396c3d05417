// Issue 18, part 1: an approved report's recommendations become records, in the approval's transaction,
// with their kind, OPD, official, amount due and deadline; a report sent back writes none.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { addCalendarDays, todayInJakarta } from "@/lib/format/dates";
import { verifyChain } from "@/lib/history/chain";
import { approveReport } from "@/lib/steps/approve-report";
import { saveFinding } from "@/lib/steps/field-work";
import { REPORT_APPROVAL } from "@/lib/workflow/steps";
import { STEP_FUNCTIONS, caseWaitingFor, completeFieldWork, seedCrew, validInput, versionOf, type Crew } from "@/tests/workflow";
import { DEFAULT_DEADLINE_DAYS, initialKind } from "./record-recommendations";

const provider = databaseConfig().provider;
let crew: Crew;

beforeAll(async () => {
  crew = await seedCrew();
});

describe("the kind a recommendation starts as", () => {
  it("is a repayment when the finding has a loss in rupiah, an administrative action otherwise", () => {
    expect(initialKind({ lossRupiah: 12_500_000n })).toBe("PENGEMBALIAN_UANG");
    expect(initialKind({ lossRupiah: 0n })).toBe("TINDAKAN_ADMINISTRATIF");
    expect(initialKind({ lossRupiah: null })).toBe("TINDAKAN_ADMINISTRATIF");
  });
});

describe(`recommendations as records (${provider})`, () => {
  it("are written when the report is approved, one per finding that recommends something, in the report's order", async () => {
    const caseId = await caseWaitingFor(crew, 10);
    await completeFieldWork(crew, caseId);
    await saveFinding(crew.auditor, {
      caseId,
      allegation: "Biaya pembuatan KTP dipungut dari 25 warga",
      condition: "Bendahara menyimpan uang pungutan.",
      lossRupiah: "1.250.000",
      lossKind: "MASYARAKAT",
      responsibleParty: "Bendahara kecamatan",
      conclusion: "TERBUKTI",
      recommendation: "  Kembalikan Rp1.250.000 kepada 25 warga yang membayar.  ",
    });
    // A finding without a recommendation gives no record.
    await saveFinding(crew.auditor, { caseId, allegation: "Antrean tidak tertib", condition: "Antrean diatur nomor urut.", conclusion: "TIDAK_TERBUKTI" });
    await STEP_FUNCTIONS[10]!.fn(crew.auditor, await validInput(10, crew, caseId));
    expect(await db.recommendationRecord.count({ where: { caseId } })).toBe(0);

    await approveReport(crew.inspektur, await validInput(REPORT_APPROVAL, crew, caseId));
    const kase = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    const records = await db.recommendationRecord.findMany({ where: { caseId }, orderBy: { position: "asc" } });
    const findings = await db.finding.findMany({ where: { caseId }, orderBy: { position: "asc" } });
    const deadlineOn = addCalendarDays(todayInJakarta(), DEFAULT_DEADLINE_DAYS);
    expect(records.map((r) => [r.position, r.text, r.kind, r.amountDueRupiah, r.responsibleOfficial, r.status, r.deadlineOn, r.opdId])).toEqual([
      [1, "Kembalikan pungutan.", "TINDAKAN_ADMINISTRATIF", null, null, "BELUM_DITINDAKLANJUTI", deadlineOn, kase.opdId],
      [
        2,
        "Kembalikan Rp1.250.000 kepada 25 warga yang membayar.",
        "PENGEMBALIAN_UANG",
        1_250_000n,
        "Bendahara kecamatan",
        "BELUM_DITINDAKLANJUTI",
        deadlineOn,
        kase.opdId,
      ],
    ]);
    expect(records.map((r) => r.findingId)).toEqual([findings[0]!.id, findings[1]!.id]);
    // The approval's one history event counts them; the chain still verifies.
    const event = await db.historyEvent.findFirstOrThrow({ where: { caseId, step: REPORT_APPROVAL }, orderBy: { seq: "desc" } });
    expect((event.data as { recommendations?: number }).recommendations).toBe(2);
    expect((await verifyChain(db, caseId)).ok).toBe(true);
  });

  it("are not written when the report goes back to the team", async () => {
    const caseId = await caseWaitingFor(crew, REPORT_APPROVAL);
    await approveReport(crew.inspektur, { caseId, version: String(await versionOf(caseId)), decision: "KEMBALIKAN", notes: "Lengkapi rekomendasi." });
    expect(await db.recommendationRecord.count({ where: { caseId } })).toBe(0);
    // Submitted again and approved: written once, from the report as approved.
    await STEP_FUNCTIONS[10]!.fn(crew.auditor, await validInput(10, crew, caseId));
    await approveReport(crew.inspektur, await validInput(REPORT_APPROVAL, crew, caseId));
    expect(await db.recommendationRecord.count({ where: { caseId } })).toBe(1);
  });
});
