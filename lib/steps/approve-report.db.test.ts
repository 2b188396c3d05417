// The Inspektur's approval of the report is a step of the procedure (10a):
// it waits in the Inspektur's inbox, it can send the report back with notes,
// and — on the guarded path — of two approvals at once exactly one wins.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { ConflictError, DomainError } from "@/lib/errors";
import { verifyChain } from "@/lib/history/chain";
import { CASE_CONFLICT_MESSAGE } from "@/lib/workflow/run-step";
import { listInbox } from "@/lib/workflow/inbox";
import { loadCaseView } from "@/lib/workflow/case-view";
import { REPORT_APPROVAL } from "@/lib/workflow/steps";
import { expectDomainError } from "@/tests/expect-errors";
import { STEP_FUNCTIONS, caseWaitingFor, seedCrew, validInput, versionOf, type Crew } from "@/tests/workflow";
import { approveReport } from "./approve-report";

const provider = databaseConfig().provider;
let crew: Crew;

beforeAll(async () => {
  crew = await seedCrew();
});

describe(`the approval of the report (${provider})`, () => {
  it("waits in the Inspektur's inbox, not the complaint team's, and the case page says whose turn it is", async () => {
    const caseId = await caseWaitingFor(crew, REPORT_APPROVAL);
    expect((await db.case.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("LAPORAN_DIAJUKAN");
    expect((await listInbox(crew.inspektur, { q: null })).cases.map((c) => c.id)).toContain(caseId);
    expect((await listInbox(crew.pengaduan, {})).cases.map((c) => c.id)).not.toContain(caseId);
    const asTeam = await loadCaseView(crew.pengaduan, caseId);
    expect(asTeam.pending).toMatchObject({ myTurn: false, waitingFor: "Inspektur Daerah", step: { code: "10a" } });
    expect((await loadCaseView(crew.inspektur, caseId)).pending?.myTurn).toBe(true);
    // Step 11 is not possible yet.
    await expectDomainError(async () => STEP_FUNCTIONS[11]!.fn(crew.pengaduan, await validInput(11, crew, caseId)), "STATUS_BERUBAH");
  });

  it("returns the report to the team with notes; the team submits it again; then it is approved", async () => {
    const caseId = await caseWaitingFor(crew, REPORT_APPROVAL);
    const ref = { caseId, version: String(await versionOf(caseId)) };
    const noNotes = await expectDomainError(() => approveReport(crew.inspektur, { ...ref, decision: "KEMBALIKAN" }), "TIDAK_VALID");
    expect(noNotes.fieldErrors.notes).toEqual(["Tulis catatan perbaikan untuk tim."]);
    await approveReport(crew.inspektur, { ...ref, decision: "KEMBALIKAN", notes: "Lengkapi bukti kuitansi pada temuan 1." });
    const back = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(back.status).toBe("PELAKSANAAN");
    expect(await db.document.count({ where: { caseId, type: { in: ["LAPORAN_HASIL_KLARIFIKASI", "LAPORAN_HASIL_AUDIT", "LAPORAN_HASIL_KOORDINASI"] } } })).toBe(
      0,
    );
    const decision = await db.inspekturDecision.findFirstOrThrow({ where: { caseId, kind: "LAPORAN_DIKEMBALIKAN" } });
    expect(decision.instructions).toBe("Lengkapi bukti kuitansi pada temuan 1.");
    // The team is told (it is their step again) and submits again.
    expect((await listInbox(crew.auditor, {})).cases.map((c) => c.id)).toContain(caseId);
    await STEP_FUNCTIONS[10]!.fn(crew.auditor, await validInput(10, crew, caseId));
    await approveReport(crew.inspektur, await validInput(REPORT_APPROVAL, crew, caseId));
    const kase = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(kase.status).toBe("LAPORAN_SELESAI");
    const history = await db.historyEvent.findMany({ where: { caseId }, orderBy: { seq: "asc" } });
    expect(history.filter((h) => h.step === REPORT_APPROVAL).map((h) => [h.type, h.toStatus])).toEqual([
      ["LANGKAH_10A", "PELAKSANAAN"],
      ["LANGKAH_10A", "LAPORAN_SELESAI"],
    ]);
    expect(await verifyChain(db, caseId)).toMatchObject({ ok: true });
  });

  it("two approvals at the same moment: one wins, the other is told the case changed, one report is signed", async () => {
    const caseId = await caseWaitingFor(crew, REPORT_APPROVAL);
    const input = await validInput(REPORT_APPROVAL, crew, caseId);
    const results = await Promise.allSettled([approveReport(crew.inspektur, input), approveReport(crew.inspektur, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(DomainError);
    expect(lost.reason).toBeInstanceOf(ConflictError);
    expect((lost.reason as Error).message).toBe(CASE_CONFLICT_MESSAGE);
    expect(await db.document.count({ where: { caseId, status: "DITANDATANGANI", type: "LAPORAN_HASIL_KLARIFIKASI" } })).toBe(1);
    expect(await db.historyEvent.count({ where: { caseId, step: REPORT_APPROVAL } })).toBe(1);
  });
});
