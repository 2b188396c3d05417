// The Inspektur changes a recommendation after the report's approval (another deadline, kind or amount):
// a recorded event with the old and new values and the reason, never a silent change.
import type { Actor } from "@/lib/auth/actor";
import { DomainError, ValidationError } from "@/lib/errors";
import { civilDateAt, formatCivilDate } from "@/lib/format/dates";
import { formatRupiah } from "@/lib/format/numbers";
import { nextReminderOn } from "./deadline";
import { editInput } from "./inputs";
import { tellOpd } from "./notices";
import { runFollowUp } from "./run-follow-up";

const FIELDS = ["text", "kind", "responsibleOfficial", "amountDueRupiah", "deadlineOn"] as const;

export function editRecommendation(actor: Actor, raw: unknown) {
  return runFollowUp(actor, "edit", editInput, raw, {
    check({ rec, input }) {
      // The report's date: the recommendation was recorded when it was approved.
      const reportOn = civilDateAt(rec.createdAt);
      if (input.deadlineOn < reportOn) {
        throw new ValidationError({ deadlineOn: [`Batas waktu tidak boleh sebelum tanggal laporan (${formatCivilDate(reportOn)}).`] });
      }
      const amountDue = input.kind === "PENGEMBALIAN_UANG" ? input.amountDueRupiah : null;
      if (input.kind === "PENGEMBALIAN_UANG" && (amountDue === null || amountDue <= 0n)) {
        throw new ValidationError({ amountDueRupiah: ["Tulis jumlah yang harus dikembalikan."] });
      }
      if (amountDue !== null && amountDue < rec.repaidRupiah) {
        throw new ValidationError({ amountDueRupiah: [`Jumlah tidak boleh kurang dari yang telah dikembalikan (${formatRupiah(rec.repaidRupiah)}).`] });
      }
      const next = {
        text: input.text,
        kind: input.kind,
        responsibleOfficial: input.responsibleOfficial,
        amountDueRupiah: amountDue,
        deadlineOn: input.deadlineOn,
      };
      const changed = FIELDS.filter((f) => String(next[f] ?? "") !== String(rec[f] ?? ""));
      if (!changed.length) throw new DomainError("TIDAK_PERLU", "Tidak ada yang diubah.");
      return { next, changed };
    },
    outcome: ({ rec, input, today }, { next, changed }) => ({
      to: rec.status,
      // A new deadline has its own reminders.
      recData: { ...next, ...(changed.includes("deadlineOn") ? { nextReminderOn: nextReminderOn(next.deadlineOn, today) } : {}) },
      eventData: {
        notes: input.notes,
        changes: Object.fromEntries(changed.map((f) => [f, { from: rec[f] === null ? null : String(rec[f]), to: next[f] === null ? null : String(next[f]) }])),
      },
    }),
    notify: (tx, { rec, input }, _o, seq) =>
      tellOpd(
        tx,
        rec,
        seq,
        `Rekomendasi ${rec.position} diubah`,
        `Inspektur mengubah rekomendasi ${rec.position} (aduan ${rec.case.registerNumber}). Batas waktu: ${formatCivilDate(input.deadlineOn)}.\n\nAlasan: ${input.notes}`,
      ),
  });
}
