// The Inspektur may set a recommendation's status against the Irban's assessment, with a written reason.
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { FOLLOW_UP_STATUS_LABELS } from "./labels";
import { overruleInput } from "./inputs";
import { tellOpd } from "./notices";
import { runFollowUp } from "./run-follow-up";
import { SETTLED } from "./transitions";

export function overruleFollowUp(actor: Actor, raw: unknown) {
  return runFollowUp(actor, "overrule", overruleInput, raw, {
    check({ rec, input }) {
      if (input.status === rec.status) throw new DomainError("TIDAK_PERLU", `Status rekomendasi ini sudah ${FOLLOW_UP_STATUS_LABELS[rec.status]}.`);
    },
    outcome: ({ input }) => ({
      to: input.status,
      recData: { statusReason: SETTLED.includes(input.status) ? input.notes : null },
      eventData: { notes: input.notes },
    }),
    notify: (tx, { rec, input }, outcome, seq) =>
      tellOpd(
        tx,
        rec,
        seq,
        `Status tindak lanjut rekomendasi ${rec.position} ditetapkan Inspektur`,
        `Inspektur menetapkan status rekomendasi ${rec.position} (aduan ${rec.case.registerNumber}): ${FOLLOW_UP_STATUS_LABELS[outcome.to]}.\n\nAlasan: ${input.notes}`,
      ),
  });
}
