import { describe, expect, it } from "vitest";
import { CaseStatus } from "@/lib/enums";
import { STATUS_LABELS } from "./statuses";
import { STEPS, inboxStatusesFor, stepWaitingAt } from "./steps";

describe("the step table", () => {
  it("has the twelve steps in order, with the approval of the report (10a) before step 11, each leading to the status the next one acts on", () => {
    expect(STEPS.map((s) => s.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "10a", "11", "12"]);
    expect(new Set(STEPS.map((s) => s.number)).size).toBe(STEPS.length);
    for (let i = 0; i < STEPS.length - 1; i++) expect(STEPS[i + 1]!.from).toBe(STEPS[i]!.to);
    expect(STEPS[0]!.from).toBeNull();
    expect(STEPS.at(-1)!.to).toBe("SELESAI");
    expect(stepWaitingAt("LAPORAN_DIAJUKAN")).toMatchObject({ code: "10a", actors: ["INSPEKTUR"], alternatives: ["PELAKSANAAN"] });
  });

  it("gives each non-final status exactly one waiting step and a label", () => {
    for (const status of Object.values(CaseStatus)) {
      expect(STATUS_LABELS[status]).toBeTruthy();
      const waiting = STEPS.filter((s) => s.from === status);
      expect(waiting.length).toBe(status === "SELESAI" || status === "DITUTUP" ? 0 : 1);
    }
    expect(stepWaitingAt("REKOMENDASI")?.number).toBe(5);
  });

  it("lists in each inbox the statuses where that role acts (PROCEDURE.md)", () => {
    expect(inboxStatusesFor("TIM_PENGADUAN")).toEqual(["DITERIMA", "LAPORAN_SELESAI"]);
    expect(inboxStatusesFor("INSPEKTUR")).toEqual(["DI_INSPEKTUR", "REKOMENDASI", "SPT_DRAFT", "LAPORAN_DIAJUKAN"]);
    expect(inboxStatusesFor("PENELAAH")).toEqual(["DITELAAH"]);
    expect(inboxStatusesFor("IRBAN")).toEqual(["DISPOSISI_IRBAN", "PELAKSANAAN"]);
    expect(inboxStatusesFor("AUDITOR")).toEqual(["PELAKSANAAN"]);
    expect(inboxStatusesFor("KASUBAG_PERENCANAAN")).toEqual(["RENCANA_TIM", "SPT_DITANDATANGANI"]);
    expect(inboxStatusesFor("PIMPINAN")).toEqual([]);
    expect(inboxStatusesFor("ADMIN")).toEqual([]);
  });
});
