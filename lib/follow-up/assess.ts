// The Irban who led the case judges the OPD's latest response: Sesuai (followed up), Belum sesuai (returned
// with notes: the evidence is not enough) or Tidak dapat ditindaklanjuti (a lawful reason). A repayment in
// the response counts once accepted; a repayment recommendation is Sesuai only when repaid in full, or when
// the Irban writes why less is enough.
import type { Actor } from "@/lib/auth/actor";
import type { FollowUpStatus } from "@/lib/enums";
import { DomainError, ValidationError } from "@/lib/errors";
import { formatRupiah } from "@/lib/format/numbers";
import { ASSESSMENT_LABELS, FOLLOW_UP_STATUS_LABELS } from "./labels";
import { assessInput } from "./inputs";
import { tellOpd } from "./notices";
import { runFollowUp } from "./run-follow-up";

const STATUS_OF: Record<keyof typeof ASSESSMENT_LABELS, FollowUpStatus> = {
  SESUAI: "SESUAI",
  BELUM_SESUAI: "DALAM_PROSES",
  TIDAK_DAPAT: "TIDAK_DAPAT_DITINDAKLANJUTI",
};

export function assessResponse(actor: Actor, raw: unknown) {
  return runFollowUp(actor, "assess", assessInput, raw, {
    check({ actor, rec, input }) {
      const response = rec.responses.at(-1);
      if (!response || response.assessment !== null)
        throw new DomainError("STATUS_BERUBAH", "Tidak ada tanggapan OPD yang menunggu penilaian. Muat ulang halaman.");
      if (response.respondedById === actor.id) throw new DomainError("DIRI_SENDIRI", "Anda tidak dapat menilai tanggapan yang Anda kirim sendiri.");
      const accepted = response.repaidRupiah !== null && input.repaymentAccepted;
      const repaid = rec.repaidRupiah + (accepted ? response.repaidRupiah! : 0n);
      const shortfall = rec.amountDueRupiah !== null && rec.kind === "PENGEMBALIAN_UANG" ? rec.amountDueRupiah - repaid : 0n;
      if (input.decision === "BELUM_SESUAI" && !input.notes) {
        throw new ValidationError({ notes: ["Tulis catatan: apa yang masih kurang dari tindak lanjut ini."] });
      }
      if (input.decision === "TIDAK_DAPAT" && !input.notes) {
        throw new ValidationError({ notes: ["Tulis alasan yang sah mengapa rekomendasi tidak dapat ditindaklanjuti."] });
      }
      if (input.decision === "SESUAI" && shortfall > 0n && !input.notes) {
        throw new ValidationError({
          notes: [`Baru ${formatRupiah(repaid)} dari ${formatRupiah(rec.amountDueRupiah!)} yang dikembalikan: tulis alasan bila dinyatakan sesuai.`],
        });
      }
      return { response, accepted, repaid };
    },
    outcome: ({ input }, { accepted, repaid }) => {
      const to = STATUS_OF[input.decision];
      return {
        to,
        recData: {
          awaitingAssessment: false,
          repaidRupiah: repaid,
          statusReason: to === "DALAM_PROSES" ? null : input.notes,
        },
        eventData: { decision: input.decision, notes: input.notes, ...(accepted ? { repaidRupiah: repaid.toString() } : {}) },
      };
    },
    async write(tx, { actor, input, now }, { response }) {
      await tx.followUpResponse.update({
        where: { id: response.id },
        data: {
          assessment: input.decision,
          repaymentAccepted: response.repaidRupiah === null ? null : input.repaymentAccepted,
          assessmentNotes: input.notes,
          assessedById: actor.id,
          assessedAt: now,
        },
      });
    },
    notify: (tx, { rec, input }, outcome, seq) =>
      tellOpd(
        tx,
        rec,
        seq,
        `Hasil penilaian tindak lanjut rekomendasi ${rec.position}`,
        `Tindak lanjut rekomendasi ${rec.position} (aduan ${rec.case.registerNumber}) dinilai: ${FOLLOW_UP_STATUS_LABELS[outcome.to]}.` +
          (input.notes ? `\n\nCatatan Irban: ${input.notes}` : ""),
      ),
  });
}
