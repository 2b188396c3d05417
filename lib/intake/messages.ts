// Questions from the complaint team to the complainant, and the complainant's
// answers (with evidence) through the tracking page.
import type { Actor } from "@/lib/auth/actor";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { storeAttachments } from "@/lib/files/store";
import { checkUploads } from "@/lib/files/uploads";
import { withCaseEvent } from "@/lib/history/case-event";
import { pauseClock, resumeClock } from "@/lib/sla/pause";
import { enqueue } from "@/lib/outbox/enqueue";
import { publicUrl } from "@/lib/runtime/public-url";
import { parseInput } from "@/lib/validation/parse";
import { FINAL_STATUSES } from "@/lib/workflow/statuses";
import { loadCaseForActor } from "@/lib/workflow/scope";
import { EVENT_TEXT } from "@/lib/history/labels";
import { answerInput, askInput } from "./message-inputs";

const isFinal = (status: string) => (FINAL_STATUSES as readonly string[]).includes(status);

export async function askComplainant(actor: Actor, raw: unknown) {
  throwIfNoPermission(actor, "complainant:message");
  const input = parseInput(askInput, raw);
  const kase = await loadCaseForActor(actor, input.caseId, { include: { reporter: true } });
  if (isFinal(kase.status)) throw new DomainError("SUDAH_SELESAI", "Aduan ini sudah selesai atau ditutup.");
  return withCaseEvent(kase.id, { actorId: actor.id }, async (tx, now) => {
    const message = await tx.message.create({
      data: { caseId: kase.id, direction: "KE_PELAPOR", kind: "PERTANYAAN", body: input.question, authorId: actor.id, createdAt: now },
    });
    // The complainant hears of it by e-mail when they gave an address (never for WBS: that would reveal them).
    if (kase.source !== "WBS" && kase.reporter?.email && kase.reporter.notifyEmail) {
      await enqueue(
        tx,
        "EMAIL",
        `${kase.id}:pertanyaan:${message.id}`,
        {
          to: kase.reporter.email,
          subject: `[SIPADU] Kami memerlukan informasi tambahan — ${kase.registerNumber}`,
          text: `${input.question}\n\nJawab melalui ${publicUrl()}/lacak dengan kode tanda terima Anda.\n\n-- Inspektorat Kabupaten Banyumas`,
        },
        kase.id,
      );
    }
    // Waiting for what only the complainant can give stops the 20-working-day clock.
    const paused = await pauseClock(tx, kase.id, now);
    return {
      result: message,
      event: {
        type: "PERTANYAAN",
        data: { label: EVENT_TEXT.question(paused), clockPaused: paused },
      },
    };
  });
}

/** The latest question of the team that the complainant has not answered yet. */
export async function openQuestion(caseId: string) {
  const [question, answer] = await Promise.all([
    db.message.findFirst({ where: { caseId, kind: "PERTANYAAN" }, orderBy: { createdAt: "desc" } }),
    db.message.findFirst({ where: { caseId, kind: "JAWABAN" }, orderBy: { createdAt: "desc" } }),
  ]);
  return openQuestionOf([question, answer].filter((m) => m !== null));
}

/** The same from messages already loaded (the tracking page has them all): the latest question not answered since. */
export function openQuestionOf<M extends { kind: string; createdAt: Date }>(messages: readonly M[]): M | null {
  let question: M | null = null;
  let answer: M | null = null;
  for (const m of messages) {
    if (m.kind === "PERTANYAAN" && (!question || m.createdAt >= question.createdAt)) question = m;
    if (m.kind === "JAWABAN" && (!answer || m.createdAt >= answer.createdAt)) answer = m;
  }
  if (!question || (answer && answer.createdAt >= question.createdAt)) return null;
  return question;
}

/** `caseId` comes from the tracking session the receipt code opened. */
export async function answerComplainantQuestion(caseId: string, raw: unknown) {
  const input = parseInput(answerInput, raw);
  const files = await checkUploads("lampiran", input.lampiran);
  const kase = await db.case.findUnique({ where: { id: caseId } });
  if (!kase) throw new NotFoundError("Aduan tidak ditemukan.");
  if (isFinal(kase.status)) throw new DomainError("SUDAH_SELESAI", "Aduan ini sudah selesai atau ditutup.");
  if (!(await openQuestion(caseId))) throw new DomainError("TANPA_PERTANYAAN", "Tidak ada pertanyaan dari tim pengaduan yang perlu dijawab.");
  return withCaseEvent(caseId, { actorLabel: "Pelapor" }, async (tx, now) => {
    const message = await tx.message.create({ data: { caseId, direction: "DARI_PELAPOR", kind: "JAWABAN", body: input.body, createdAt: now } });
    await storeAttachments(tx, files, { caseId, kind: "BUKTI_PELAPOR", fromReporter: true, messageId: message.id });
    const team = await tx.user.findMany({ where: { role: "TIM_PENGADUAN", active: true, email: { not: null } }, select: { id: true, email: true } });
    for (const u of team) {
      await enqueue(
        tx,
        "EMAIL",
        `${caseId}:jawaban:${message.id}:${u.id}`,
        {
          to: u.email!,
          subject: `[SIPADU] Pelapor menjawab — ${kase.registerNumber}`,
          text: `Pelapor aduan ${kase.registerNumber} telah menjawab pertanyaan tim pengaduan.\n\nBuka: ${publicUrl()}/aduan/${caseId}`,
        },
        caseId,
      );
    }
    const stood = await resumeClock(tx, caseId, now);
    return {
      result: message,
      event: {
        type: "JAWABAN",
        data: {
          label: EVENT_TEXT.answer(stood),
          evidence: files.length,
          pausedDays: stood,
        },
      },
    };
  });
}
