// Step 10 while it lasts: the Irban and the team keep working notes, record
// each allegation's findings with evidence, and write the report's sections —
// saved as often as needed. None of this moves the case; submitting the
// report (submit-report.ts) does.
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { storeAttachments } from "@/lib/files/store";
import { checkUploads } from "@/lib/files/uploads";
import { withCaseEvent } from "@/lib/history/case-event";
import { deleteFindingInput, findingInput, reportInput, sectionsOf, workNoteInput } from "@/lib/workflow/inputs/execution";
import { assertMayAct } from "@/lib/workflow/run-step";
import { loadCaseForActor } from "@/lib/workflow/scope";
import { stepByNumber } from "@/lib/workflow/steps";
import { parseInput } from "@/lib/validation/parse";
import { EVENT_LABELS, EVENT_TEXT } from "@/lib/history/labels";

const FINDING_CONFLICT = "Temuan ini telah diubah oleh anggota tim lain. Muat ulang halaman lalu ulangi perubahan Anda.";

/** The case, when the actor may work on step 10 of it now. */
async function workableCase(actor: Actor, caseId: string) {
  const kase = await loadCaseForActor(actor, caseId);
  assertMayAct(actor, stepByNumber(10), kase);
  return kase;
}

/** Field work is recorded as step 10's events. */
function fieldWorkTx<T>(
  caseId: string,
  fn: (tx: Tx, now: Date) => Promise<{ result: T; event: { type: string; data: Record<string, unknown> } }>,
  actorId: string,
) {
  return withCaseEvent(caseId, { actorId }, async (tx, now) => {
    const { result, event } = await fn(tx, now);
    return { result, event: { ...event, step: 10 } };
  });
}

export async function addWorkNote(actor: Actor, raw: unknown) {
  const input = parseInput(workNoteInput, raw);
  await workableCase(actor, input.caseId);
  return fieldWorkTx(
    input.caseId,
    async (tx, now) => {
      const note = await tx.workNote.create({ data: { caseId: input.caseId, authorId: actor.id, body: input.body, createdAt: now } });
      return { result: note, event: { type: "CATATAN_KERJA", data: { label: EVENT_LABELS.CATATAN_KERJA } } };
    },
    actor.id,
  );
}

export async function saveFinding(actor: Actor, raw: unknown) {
  const input = parseInput(findingInput, raw);
  await workableCase(actor, input.caseId);
  const evidence = await checkUploads("evidence", input.evidence);
  const fields = {
    allegation: input.allegation,
    condition: input.condition,
    criteria: input.criteria,
    cause: input.cause,
    effect: input.effect,
    lossRupiah: input.lossRupiah,
    // A loss has a kind; without one it is the regency's, as reports named every loss before.
    lossKind: input.lossRupiah === null ? null : (input.lossKind ?? "KEUANGAN_DAERAH"),
    responsibleParty: input.responsibleParty,
    auditeeResponse: input.auditeeResponse,
    conclusion: input.conclusion,
    recommendation: input.recommendation,
    updatedById: actor.id,
  };
  return fieldWorkTx(
    input.caseId,
    async (tx) => {
      let findingId: string;
      let position: number;
      if (input.findingId) {
        if (!input.findingVersion) throw new ConflictError(FINDING_CONFLICT);
        const res = await tx.finding.updateMany({
          where: { id: input.findingId, caseId: input.caseId, version: input.findingVersion },
          data: { ...fields, version: { increment: 1 } },
        });
        if (res.count === 0) {
          const exists = await tx.finding.findFirst({ where: { id: input.findingId, caseId: input.caseId }, select: { id: true } });
          throw exists ? new ConflictError(FINDING_CONFLICT) : new NotFoundError("Temuan tidak ditemukan.");
        }
        findingId = input.findingId;
        position = (await tx.finding.findUniqueOrThrow({ where: { id: findingId }, select: { position: true } })).position;
      } else {
        const last = await tx.finding.findFirst({ where: { caseId: input.caseId }, orderBy: { position: "desc" }, select: { position: true } });
        position = (last?.position ?? 0) + 1;
        findingId = (await tx.finding.create({ data: { ...fields, caseId: input.caseId, position }, select: { id: true } })).id;
      }
      await storeAttachments(tx, evidence, { caseId: input.caseId, kind: "BUKTI_TL", uploadedById: actor.id, findingId });
      return {
        result: { findingId, position },
        event: {
          type: "TEMUAN_DISIMPAN",
          data: { label: EVENT_TEXT.findingSaved(position), position, conclusion: input.conclusion, evidence: evidence.length },
        },
      };
    },
    actor.id,
  );
}

export async function deleteFinding(actor: Actor, raw: unknown) {
  const input = parseInput(deleteFindingInput, raw);
  await workableCase(actor, input.caseId);
  return fieldWorkTx(
    input.caseId,
    async (tx) => {
      const finding = await tx.finding.findFirst({ where: { id: input.findingId, caseId: input.caseId } });
      if (!finding) throw new NotFoundError("Temuan tidak ditemukan.");
      if (finding.version !== input.findingVersion) throw new ConflictError(FINDING_CONFLICT);
      // Evidence stays with the case; it only loses its link to the finding.
      await tx.attachment.updateMany({ where: { findingId: finding.id }, data: { findingId: null } });
      await tx.finding.delete({ where: { id: finding.id } });
      return { result: null, event: { type: "TEMUAN_DIHAPUS", data: { label: EVENT_TEXT.findingDeleted(finding.position), position: finding.position } } };
    },
    actor.id,
  );
}

export async function saveReport(actor: Actor, raw: unknown) {
  const input = parseInput(reportInput, raw);
  const kase = await workableCase(actor, input.caseId);
  if (!kase.tlType) throw new DomainError("TANPA_TL", "Jenis tindak lanjut aduan ini belum ditetapkan.");
  const tlType = kase.tlType;
  // Only the sections of this TL type are kept.
  const sections = Object.fromEntries(sectionsOf(tlType).map((s) => [s, (input as Record<string, unknown>)[s] ?? null])) as Prisma.InputJsonObject;
  return fieldWorkTx(
    input.caseId,
    async (tx) => {
      const current = await tx.fieldReport.findUnique({ where: { caseId: input.caseId } });
      if (current) {
        if (current.version !== input.reportVersion) {
          throw new ConflictError("Laporan ini telah diubah oleh anggota tim lain. Muat ulang halaman lalu ulangi perubahan Anda.");
        }
        await tx.fieldReport.update({ where: { caseId: input.caseId }, data: { sections, tlType, version: { increment: 1 } } });
      } else {
        await tx.fieldReport.create({ data: { caseId: input.caseId, tlType, sections } });
      }
      return { result: null, event: { type: "LAPORAN_DISIMPAN", data: { label: EVENT_LABELS.LAPORAN_DISIMPAN } } };
    },
    actor.id,
  );
}
