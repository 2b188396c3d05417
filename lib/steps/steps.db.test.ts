// Each step's domain function: happy path, wrong role, out of scope, wrong
// status, stale version, invalid input — on cases the real steps brought there.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import type { CaseStatus } from "@/lib/enums";
import { verifyChain } from "@/lib/history/chain";
import { stepByNumber, type StepNumber } from "@/lib/workflow/steps";
import { expectDomainError } from "@/tests/expect-errors";
import { STEP_FUNCTIONS, caseWaitingFor, completeFieldWork, seedCrew, validInput, versionOf, type Crew } from "@/tests/workflow";

const provider = databaseConfig().provider;
let crew: Crew;

beforeAll(async () => {
  crew = await seedCrew();
});

/** Someone who sees the case but does not take the step. */
const WRONG_ROLE: Record<number, keyof Crew> = {
  2: "inspektur",
  3: "pengaduan",
  4: "pengaduan",
  5: "pengaduan",
  6: "inspektur",
  7: "inspektur",
  8: "pengaduan",
  9: "inspektur",
  10: "pengaduan",
  11: "inspektur",
};

/** Input each step must refuse, and the field that says why. */
const INVALID: Record<number, [Record<string, unknown>, string]> = {
  2: [{ note: "" }, "note"],
  3: [{ reviewerIds: "" }, "reviewerIds"],
  4: [{ result_KEWENANGAN: "TIDAK_MEMENUHI" }, "note_KEWENANGAN"],
  5: [{ irbanUserId: "" }, "irbanUserId"],
  6: [{ member_2_role: "ANGGOTA_TIM" }, "members"],
  7: [{ task: "pendek" }, "task"],
  8: [{ decision: "KEMBALIKAN", notes: "" }, "notes"],
  9: [{ delivered: undefined }, "delivered"],
  10: [{ confirm: undefined }, "confirm"],
  11: [{ message: "" }, "message"],
};

async function snapshot(caseId: string) {
  const c = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true, status: true } });
  return { ...c, events: await db.historyEvent.count({ where: { caseId } }) };
}

describe.each([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])(`step %i (${provider})`, (n) => {
  const step = stepByNumber(n as StepNumber);
  const { fn, actor } = STEP_FUNCTIONS[n]!;

  it(`moves the case to ${step.to}, with its history event; then refuses to run again (wrong status) or from a stale form`, async () => {
    const caseId = await caseWaitingFor(crew, n);
    if (n === 10) await completeFieldWork(crew, caseId);
    const staleInput = await validInput(n, crew, caseId);
    const before = await versionOf(caseId);
    await fn(crew[actor], staleInput);

    const after = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(after.status).toBe(step.to as CaseStatus);
    expect(after.version).toBe(before + 1);
    const last = await db.historyEvent.findFirstOrThrow({ where: { caseId, type: `LANGKAH_${n}` }, orderBy: { seq: "desc" } });
    expect(last).toMatchObject({ step: n, actorId: crew[actor].id, toStatus: step.to });
    expect(await verifyChain(db, caseId)).toMatchObject({ ok: true });

    // The same form again: the case has moved on.
    await expectDomainError(() => fn(crew[actor], staleInput), "KONFLIK");
    // A fresh form for a case no longer waiting for this step.
    await expectDomainError(async () => fn(crew[actor], await validInput(n, crew, caseId)), "STATUS_BERUBAH");
  });

  it("refuses a wrong role, an actor out of scope (not found), a stale version and invalid input — changing nothing", async () => {
    const caseId = await caseWaitingFor(crew, n);
    if (n === 10) await completeFieldWork(crew, caseId);
    const before = await snapshot(caseId);
    const input = await validInput(n, crew, caseId);

    await expectDomainError(() => fn(crew[WRONG_ROLE[n]!], input), "TIDAK_BERWENANG");
    await expectDomainError(() => fn(crew.irban2, input), "TIDAK_DITEMUKAN");
    await expectDomainError(() => fn(crew.pimpinan, input), "TIDAK_DITEMUKAN");
    await expectDomainError(() => fn(crew.admin, input), "TIDAK_DITEMUKAN");
    await expectDomainError(() => fn(crew[actor], { ...input, version: String(Number(input.version) + 1) }), "KONFLIK");

    const [patch, field] = INVALID[n]!;
    const bad = { ...input, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete bad[k];
    const error = await expectDomainError(() => fn(crew[actor], bad), "TIDAK_VALID");
    expect(Object.keys(error.fieldErrors)).toContain(field);
    expect(error.fieldErrors[field]![0]).toMatch(/[a-z]/);

    await expectDomainError(() => fn(crew[actor], { ...input, hacked: "1" }), "TIDAK_VALID");
    expect(await snapshot(caseId)).toEqual(before);
  });
});
