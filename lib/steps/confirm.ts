// Step 12: the complainant (with the receipt code), Lapak Aduan on their
// behalf, or the system after 10 working days of silence, confirms the end.
// "Not resolved" sends the case back to the complaint team with the reason.
import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import { todayInJakarta } from "@/lib/format/dates";
import { parseInput } from "@/lib/validation/parse";
import { commitTransition, ruleOfStep, type StepOutcome, type TargetOf } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";

const STEP = stepByNumber(12);

export type ConfirmedBy = "PELAPOR" | "LAPAK_ADUAN" | "OTOMATIS";

const ACTOR_LABELS: Record<ConfirmedBy, string> = { PELAPOR: "Pelapor", LAPAK_ADUAN: "Lapak Aduan", OTOMATIS: "Sistem" };

/**
 * `caseId` must come from an authenticated source: the case the receipt code
 * opened, the Lapak Aduan ticket, or the system's own sweep.
 */
export async function confirmCase(caseId: string, by: ConfirmedBy, raw: unknown) {
  const input = parseInput(STEP.schema, raw);
  const kase = await db.case.findUnique({ where: { id: caseId } });
  if (!kase) throw new NotFoundError("Aduan tidak ditemukan.");
  if (kase.status !== STEP.from) {
    throw new DomainError("STATUS_BERUBAH", "Aduan ini tidak sedang menunggu konfirmasi.");
  }
  const now = new Date();
  const today = todayInJakarta(now);
  const resolved = input.resolved === "ya";
  const outcome: StepOutcome<TargetOf<typeof STEP>> = resolved
    ? {
        to: STEP.to,
        caseData: {
          confirmedAt: now,
          confirmedBy: by,
          satisfaction: input.satisfaction,
          confirmationNote: input.note,
          closedAt: now,
          closedOn: today,
        },
      }
    : { to: STEP.alternatives[0], caseData: { confirmationNote: input.note, reopenCount: { increment: 1 } } };

  await commitTransition(ruleOfStep(STEP), kase, kase.version, outcome, { actorLabel: ACTOR_LABELS[by] }, now, async (tx) => {
    if (!resolved || input.note) {
      await tx.message.create({
        data: { caseId: kase.id, direction: "DARI_PELAPOR", kind: resolved ? "KONFIRMASI" : "BELUM_SELESAI", body: input.note!, createdAt: now },
      });
    }
    return { resolved, satisfaction: input.satisfaction, note: input.note, by };
  });
  return { caseId: kase.id, to: outcome.to };
}
