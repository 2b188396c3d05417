// The reminders to the OPD's liaisons (issue 18): 30 and 7 days before a recommendation's deadline and on it,
// each sent once (the outbox's key names the recommendation, the reminder and the deadline, and the record
// moves on to its next reminder in the same transaction). Only the recommendations whose reminder is due are
// read: the index on nextReminderOn, never every open recommendation.
import { db } from "@/lib/db";
import { addCalendarDays, civilDateAt, formatCivilDate, todayInJakarta } from "@/lib/format/dates";
import { enqueue } from "@/lib/outbox/enqueue";
import { publicUrl } from "@/lib/runtime/public-url";
import { nextReminderOn, reminderDue, type ReminderDays } from "./deadline";
import { liaisonsOf } from "./notices";
import { SETTLED } from "./transitions";
import type { Tx } from "@/lib/db";
import { defaultSigner, letterContext, type LetterContext, type SignerSnapshot } from "@/lib/documents/context";
import { prepareSigner, type Signer } from "@/lib/signing/signer";
import { signedReport } from "@/lib/steps/approve-report";
import { sendReminderLetter } from "./letters";

async function reportOf(tx: Tx, caseId: string) {
  const r = await signedReport(caseId, tx);
  return { number: r?.number ?? null, signedOn: r?.signedAt ? civilDateAt(r.signedAt) : null };
}

const BATCH = 500;

function subjectOf(days: ReminderDays, position: number, registerNumber: string) {
  return days === 0
    ? `Batas waktu tindak lanjut rekomendasi ${position} (${registerNumber}) telah tiba`
    : `${days} hari lagi: batas waktu tindak lanjut rekomendasi ${position} (${registerNumber})`;
}

/** The Inspektur's letter context and server-held signature, made once per run and only when a teguran is due. */
function lazySigner(now: Date) {
  let made: Promise<{ ctx: LetterContext; signer: SignerSnapshot & { id: string }; tte: Signer }> | null = null;
  return () =>
    (made ??= (async () => {
      const ctx = await letterContext(db);
      const signer = await defaultSigner(db, ctx.surat.signerTitle);
      return { ctx, signer, tte: prepareSigner(signer, now, { attended: false }) };
    })());
}

export async function sendFollowUpReminders(today = todayInJakarta(), now = new Date()): Promise<number> {
  let sent = 0;
  const signing = lazySigner(now);
  // A recommendation whose teguran could not be signed (no credential): left due, for the next run, not retried in this one.
  const failed: string[] = [];
  for (;;) {
    const due = await db.recommendationRecord.findMany({
      where: { nextReminderOn: { lte: today }, status: { notIn: [...SETTLED] }, id: { notIn: failed } },
      orderBy: { nextReminderOn: "asc" },
      take: BATCH,
      select: {
        id: true,
        caseId: true,
        position: true,
        text: true,
        opdId: true,
        deadlineOn: true,
        nextReminderOn: true,
        case: { select: { registerNumber: true } },
      },
    });
    for (const rec of due) {
      const days = reminderDue(rec.deadlineOn, today);
      if (days === null) {
        // Marked due too early (a deadline moved later): wait for the 30-day mark. Every record read moves past today.
        await db.recommendationRecord.updateMany({
          where: { id: rec.id, nextReminderOn: rec.nextReminderOn },
          data: { nextReminderOn: addCalendarDays(rec.deadlineOn, -30) },
        });
        continue;
      }
      const letter = days === 0 ? await signing().catch((e: unknown) => e as Error) : null;
      if (letter instanceof Error) {
        console.error(`[tindak-lanjut] surat teguran rekomendasi ${rec.id} tidak dapat ditandatangani`, letter);
        failed.push(rec.id);
        continue;
      }
      await db.$transaction(async (tx) => {
        // Another server's run got here first: nothing to do.
        const moved = await tx.recommendationRecord.updateMany({
          where: { id: rec.id, nextReminderOn: rec.nextReminderOn },
          data: { nextReminderOn: nextReminderOn(rec.deadlineOn, today, days) },
        });
        if (moved.count === 0) return;
        // On the deadline: the head of the OPD gets a signed teguran, as well as the e-mail.
        const teguran = letter
          ? await sendReminderLetter(tx, letter.ctx, {
              caseId: rec.caseId,
              recommendationIds: [rec.id],
              signer: letter.signer,
              signedById: letter.signer.id,
              tte: letter.tte,
              now,
              today,
              report: await reportOf(tx, rec.caseId),
            })
          : null;
        for (const p of await liaisonsOf(tx, rec.opdId)) {
          if (!p.email) continue;
          await enqueue(
            tx,
            "EMAIL",
            `${rec.id}:ingat-${days}:${rec.deadlineOn}:${p.id}`,
            {
              to: p.email,
              subject: `[SIPADU] ${subjectOf(days, rec.position, rec.case.registerNumber)}`,
              text:
                `Yth. ${p.name},\n\nRekomendasi ${rec.position} (aduan ${rec.case.registerNumber}) harus ditindaklanjuti paling lambat ` +
                `${formatCivilDate(rec.deadlineOn)}:\n\n${rec.text}\n\n` +
                (teguran ? `Surat teguran Nomor ${teguran.number} telah dikirim kepada kepala OPD.\n\n` : "") +
                `Laporkan tindak lanjutnya beserta bukti di ${publicUrl()}/tindak-lanjut/${rec.id}\n\n` +
                `-- SIPADU, Inspektorat Kabupaten Banyumas`,
            },
            rec.caseId,
          );
        }
        sent++;
      });
    }
    if (due.length < BATCH) return sent;
  }
}
