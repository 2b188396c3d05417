// The OPD's liaison reports how a recommendation was followed up: a text, evidence files (the upload rules
// apply) and, for a repayment, the amount paid with this response. It waits for the Irban's assessment.
import type { Actor } from "@/lib/auth/actor";
import { ValidationError } from "@/lib/errors";
import { storeAttachments } from "@/lib/files/store";
import { checkUploads } from "@/lib/files/uploads";
import { formatRupiah } from "@/lib/format/numbers";
import { respondInput } from "./inputs";
import { tellIrbanOfResponse } from "./notices";
import { runFollowUp } from "./run-follow-up";

/** What is still to be repaid: due less what the Irban accepted. */
export function outstandingOf(rec: { amountDueRupiah: bigint | null; repaidRupiah: bigint }): bigint {
  return rec.amountDueRupiah === null ? 0n : rec.amountDueRupiah > rec.repaidRupiah ? rec.amountDueRupiah - rec.repaidRupiah : 0n;
}

export function respondToRecommendation(actor: Actor, raw: unknown) {
  return runFollowUp(actor, "respond", respondInput, raw, {
    async check({ rec, input }) {
      if (input.repaidRupiah !== null) {
        if (rec.kind !== "PENGEMBALIAN_UANG" || rec.amountDueRupiah === null) {
          throw new ValidationError({ repaidRupiah: ["Rekomendasi ini tidak meminta pengembalian uang: kosongkan jumlah setoran."] });
        }
        const outstanding = outstandingOf(rec);
        if (input.repaidRupiah <= 0n) throw new ValidationError({ repaidRupiah: ["Jumlah setoran harus lebih dari nol."] });
        if (input.repaidRupiah > outstanding) {
          throw new ValidationError({
            repaidRupiah: [`Jumlah setoran melebihi sisa yang harus dikembalikan (${formatRupiah(outstanding)}).`],
          });
        }
      }
      const evidence = await checkUploads("evidence", input.evidence);
      if (!evidence.length) throw new ValidationError({ evidence: ["Lampirkan sedikitnya satu berkas bukti tindak lanjut."] });
      return evidence;
    },
    outcome: ({ input }, evidence) => ({
      to: "DALAM_PROSES",
      recData: { awaitingAssessment: true },
      eventData: { evidence: evidence.length, ...(input.repaidRupiah !== null ? { repaidRupiah: input.repaidRupiah.toString() } : {}) },
    }),
    async write(tx, { actor, rec, input, now }, evidence) {
      const response = await tx.followUpResponse.create({
        data: {
          recommendationId: rec.id,
          position: rec.responses.length + 1,
          text: input.text,
          repaidRupiah: input.repaidRupiah,
          respondedById: actor.id,
          createdAt: now,
        },
        select: { id: true },
      });
      await storeAttachments(tx, evidence, { caseId: rec.caseId, kind: "BUKTI_TL", uploadedById: actor.id, followUpResponseId: response.id });
    },
    notify: (tx, { rec }, _o, seq) => tellIrbanOfResponse(tx, rec, seq, rec.opd?.name ?? "OPD"),
  });
}
