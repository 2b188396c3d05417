// Every status × step × role: allowed exactly when PROCEDURE.md's table says
// so. The expectation below is written from the procedure, not read from the
// step table, so a wrong edit of the table fails here.
import { describe, expect, it } from "vitest";
import { CaseStatus, Role } from "@/lib/enums";
import { STEPS, canAct, stepByNumber, type StepActor } from "./steps";

const PROCEDURE: Record<number, { waitsAt: CaseStatus | null; who: StepActor[] }> = {
  1: { waitsAt: null, who: ["TIM_PENGADUAN", "SISTEM"] },
  2: { waitsAt: "DITERIMA", who: ["TIM_PENGADUAN"] },
  3: { waitsAt: "DI_INSPEKTUR", who: ["INSPEKTUR"] },
  4: { waitsAt: "DITELAAH", who: ["PENELAAH"] },
  5: { waitsAt: "REKOMENDASI", who: ["INSPEKTUR"] },
  6: { waitsAt: "DISPOSISI_IRBAN", who: ["IRBAN"] },
  7: { waitsAt: "RENCANA_TIM", who: ["KASUBAG_PERENCANAAN"] },
  8: { waitsAt: "SPT_DRAFT", who: ["INSPEKTUR"] },
  9: { waitsAt: "SPT_DITANDATANGANI", who: ["KASUBAG_PERENCANAAN"] },
  10: { waitsAt: "PELAKSANAAN", who: ["IRBAN", "AUDITOR"] },
  // 10a: "The report of step 10 is approved by the Inspektur before step 11 (or returned to the team with notes)".
  13: { waitsAt: "LAPORAN_DIAJUKAN", who: ["INSPEKTUR"] },
  11: { waitsAt: "LAPORAN_SELESAI", who: ["TIM_PENGADUAN"] },
  12: { waitsAt: "MENUNGGU_KONFIRMASI", who: ["PELAPOR", "SISTEM"] },
};

const ACTORS: StepActor[] = [...Object.values(Role), "PELAPOR", "SISTEM"];
const STATUSES: (CaseStatus | null)[] = [null, ...Object.values(CaseStatus)];

describe("who may take which step in which status", () => {
  const cases = STEPS.flatMap((step) => STATUSES.flatMap((status) => ACTORS.map((actor) => ({ step, status, actor }))));

  it(`checks all ${cases.length} combinations`, () => {
    expect(cases.length).toBe(13 * 15 * 11);
    const wrong = cases.filter(({ step, status, actor }) => {
      const p = PROCEDURE[step.number]!;
      const expected = p.waitsAt === status && p.who.includes(actor);
      return canAct(actor, step, status) !== expected;
    });
    expect(wrong.map(({ step, status, actor }) => `${step.number}/${status}/${actor}`)).toEqual([]);
  });

  it("allows exactly one step per status to each permitted role", () => {
    const allowed = cases.filter(({ step, status, actor }) => canAct(actor, step, status));
    expect(allowed).toHaveLength(Object.values(PROCEDURE).reduce((n, p) => n + p.who.length, 0));
  });

  it("lets PIMPINAN, ADMIN and an OPD's liaison take no step at all", () => {
    expect(cases.some(({ step, status, actor }) => (actor === "PIMPINAN" || actor === "ADMIN" || actor === "OPD") && canAct(actor, step, status))).toBe(false);
  });

  it("leads each branch where PROCEDURE.md says", () => {
    expect(stepByNumber(5).alternatives).toEqual(["DITUTUP"]);
    expect(stepByNumber(8).alternatives).toEqual(["RENCANA_TIM"]);
    expect(stepByNumber(13).alternatives).toEqual(["PELAKSANAAN"]);
    expect(stepByNumber(12).alternatives).toEqual(["DITERIMA"]);
  });
});
