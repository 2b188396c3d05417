// Step 5: the Inspektur orders an Irban to coordinate, clarify or audit — or
// closes the case where the criteria allow no follow-up.
import type { Actor } from "@/lib/auth/actor";
import { CLOSURE_LABELS, TL_LABELS } from "@/lib/workflow/inputs/review";
import { runStep } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";
import { activeUsers, duplicateTarget } from "./lookups";
import { lowerFirst } from "@/lib/format/text";

const STEP = stepByNumber(5);

export function dispose(actor: Actor, raw: unknown) {
  return runStep(actor, STEP, raw, {
    check: async ({ input, kase }) => {
      if (input.decision === "TINDAK_LANJUT") {
        const [irban] = await activeUsers([input.irbanUserId!], [STEP.chooses], "irbanUserId", "Pilih Irban dari daftar.");
        return { irban, duplicate: null };
      }
      return { irban: null, duplicate: await duplicateTarget(input.duplicateOf, kase.id) };
    },
    outcome: ({ input, now, today }, { irban, duplicate }) =>
      irban
        ? {
            to: STEP.to,
            caseData: { tlType: input.tlType, irbanUserId: irban.id, irbanWilayah: irban.irbanWilayah },
          }
        : {
            to: STEP.alternatives[0],
            caseData: {
              closureReason: input.closureReason,
              closureNote: input.instructions,
              duplicateOfId: duplicate?.id ?? null,
              closedAt: now,
              closedOn: today,
            },
            notice: {
              subject: "Aduan Anda tidak dapat ditindaklanjuti",
              body:
                `Aduan Anda tidak dapat ditindaklanjuti oleh Inspektorat Kabupaten Banyumas: ${lowerFirst(CLOSURE_LABELS[input.closureReason!])}.` +
                (duplicate ? ` Aduan yang sama tercatat dengan nomor ${duplicate.registerNumber}.` : "") +
                `\n\n${input.instructions}`,
            },
          },
    write: async (tx, { kase, input, actor, now }, { irban, duplicate }) => {
      await tx.inspekturDecision.create({
        data: {
          caseId: kase.id,
          kind: irban ? "TINDAK_LANJUT" : "TIDAK_DITINDAKLANJUTI",
          tlType: irban ? input.tlType : null,
          irbanUserId: irban?.id ?? null,
          closureReason: irban ? null : input.closureReason,
          instructions: input.instructions,
          decidedById: actor.id,
          decidedAt: now,
        },
      });
      if (!irban) {
        await tx.message.create({
          data: { caseId: kase.id, direction: "KE_PELAPOR", kind: "PEMBERITAHUAN", body: input.instructions!, authorId: actor.id, createdAt: now },
        });
        return { decision: "TUTUP", closureReason: input.closureReason, duplicateOf: duplicate?.registerNumber ?? null, instructions: input.instructions };
      }
      return { decision: "TINDAK_LANJUT", tlType: input.tlType, tlLabel: TL_LABELS[input.tlType!], irban: irban.name, instructions: input.instructions };
    },
  });
}
