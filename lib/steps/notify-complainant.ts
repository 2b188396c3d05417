// Step 11: the Sekretariat tells the complainant (and Lapak Aduan) that the
// complaint has been followed up. This is the moment the 20-working-day
// service level is measured at.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { defaultSigner, letterContext } from "@/lib/documents/context";
import { resultLetterContent } from "@/lib/documents/data/letters";
import { signedReport } from "./approve-report";
import { freezeDocument } from "@/lib/documents/freeze";
import { takeDocumentNumber } from "@/lib/documents/numbering";
import { DomainError } from "@/lib/errors";
import { prepareSigner } from "@/lib/signing/signer";
import { followUpWorkingDays } from "@/lib/sla/follow-up";
import { runStep } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";

const STEP = stepByNumber(11);

export function notifyComplainant(actor: Actor, raw: unknown) {
  return runStep(actor, STEP, raw, {
    check: async ({ kase, now }) => {
      if (!(await signedReport(kase.id))) {
        throw new DomainError("LAPORAN_BELUM_DISETUJUI", "Laporan hasil belum disetujui Inspektur; pelapor diberi tahu dari laporan yang telah disetujui.");
      }
      const ctx = await letterContext(db);
      const signer = await defaultSigner(db, ctx.surat.signerTitle);
      // Nobody signs at the keyboard here: the Inspektur's server-held credential does (docs/decisions/0005).
      const tte = prepareSigner(signer, now, { attended: false });
      return { ctx, signer, tte };
    },
    outcome: ({ kase, input, today, calendar }) => ({
      to: STEP.to,
      // The first notice counts; a case reopened at step 12 keeps its first measurement.
      caseData: {
        awaitingConfirmationOn: today,
        ...(kase.followedUpOn
          ? {}
          : {
              followedUpOn: today,
              completedOnTime: today <= kase.dueOn,
              followUpWorkingDays: followUpWorkingDays(kase.registeredOn, today, kase.pausedWorkingDays, calendar.holidays),
            }),
      },
      notice: {
        subject: "Hasil tindak lanjut aduan Anda",
        body:
          `${input.message}\n\n` +
          "Mohon konfirmasi apakah aduan Anda telah selesai melalui halaman lacak aduan SIPADU dengan kode tanda terima Anda. " +
          "Bila tidak ada jawaban dalam 10 hari kerja, aduan dianggap selesai.",
      },
    }),
    write: async (tx, { kase, input, actor, now, today }, { ctx, signer, tte }) => {
      await tx.message.create({
        data: { caseId: kase.id, direction: "KE_PELAPOR", kind: "HASIL", body: input.message, authorId: actor.id, createdAt: now },
      });
      // The letter to the complainant: numbered and frozen like every official letter.
      const number = await takeDocumentNumber(tx, "SURAT", today);
      const content = await resultLetterContent(tx, kase.id, {
        number,
        signedOn: today,
        place: ctx.instansi.tempat,
        message: input.message,
        signer,
        tembusan: ctx.surat.tembusanHasil,
      });
      const letter = await freezeDocument(tx, ctx, {
        caseId: kase.id,
        type: "SURAT_PEMBERITAHUAN_HASIL",
        number,
        content: content as unknown as Record<string, unknown>,
        signedById: signer.id,
        createdById: actor.id,
        now,
        signer: tte,
      });
      return { followedUpOn: today, onTime: today <= kase.dueOn, dueOn: kase.dueOn, letter: letter.number };
    },
  });
}
