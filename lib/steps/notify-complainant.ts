// Step 11: the Sekretariat tells the complainant (and Lapak Aduan) that the
// complaint has been followed up. This is the moment the 20-working-day
// service level is measured at.
import type { Actor } from "@/lib/auth/actor";
import { runStep } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";

export function notifyComplainant(actor: Actor, raw: unknown) {
  return runStep(actor, stepByNumber(11), raw, {
    outcome: ({ kase, input, today }) => ({
      to: "MENUNGGU_KONFIRMASI",
      // The first notice counts; a case reopened at step 12 keeps its first measurement.
      caseData: {
        awaitingConfirmationOn: today,
        ...(kase.followedUpOn ? {} : { followedUpOn: today, completedOnTime: today <= kase.dueOn }),
      },
      notice: {
        subject: "Hasil tindak lanjut aduan Anda",
        body:
          `${input.message}\n\n` +
          "Mohon konfirmasi apakah aduan Anda telah selesai melalui halaman lacak aduan SIPADU dengan kode tanda terima Anda. " +
          "Bila tidak ada jawaban dalam 10 hari kerja, aduan dianggap selesai.",
      },
    }),
    write: async (tx, { kase, input, actor, now, today }) => {
      await tx.message.create({
        data: { caseId: kase.id, direction: "KE_PELAPOR", kind: "HASIL", body: input.message, authorId: actor.id, createdAt: now },
      });
      return { followedUpOn: today, onTime: today <= kase.dueOn, dueOn: kase.dueOn };
    },
  });
}
