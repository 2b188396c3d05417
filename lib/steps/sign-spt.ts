// Step 8: the Inspektur signs the SPT — it is numbered and frozen — or returns
// the draft to step 7 with notes.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "@/prisma/generated/sqlite/client";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { canonicalJson } from "@/lib/history/chain";
import { nextInSequence } from "@/lib/numbering/sequence";
import { runStep } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";
import { db } from "@/lib/db";
import { currentPlan, currentSptDraft } from "./draft-spt";

/** Until the documents' numbering settings exist: the default SPT pattern. */
export const SPT_NUMBER_PATTERN = "700.1.2/{seq}/{year}";

export function formatDocumentNumber(pattern: string, seq: number, year: number): string {
  return pattern.replace("{seq}", String(seq)).replace("{year}", String(year));
}

/** 16 characters for the verification page and QR code (80 random bits). */
export function newVerificationCode(): string {
  return randomBytes(10).toString("base64url").replace(/[-_]/g, "x").slice(0, 16).toUpperCase();
}

export function signSpt(actor: Actor, raw: unknown) {
  return runStep(actor, stepByNumber(8), raw, {
    check: async ({ kase, actor }) => {
      const draft = await currentSptDraft(kase.id);
      const plan = await currentPlan(kase.id);
      if (!draft || !plan) throw new DomainError("TANPA_DRAF", "Draf SPT belum ada.");
      const signer = await db.user.findUniqueOrThrow({
        where: { id: actor.id },
        select: { name: true, nip: true, pangkat: true, golongan: true, jabatan: true },
      });
      return { draft, plan, signer };
    },
    outcome: ({ input }) => ({ to: input.decision === "TANDATANGANI" ? "SPT_DITANDATANGANI" : "RENCANA_TIM" }),
    write: async (tx, { kase, input, actor, now, today }, { draft, plan, signer }) => {
      if (input.decision === "KEMBALIKAN") {
        await tx.inspekturDecision.create({
          data: { caseId: kase.id, kind: "SPT_DIKEMBALIKAN", instructions: input.notes, decidedById: actor.id, decidedAt: now },
        });
        const content = { ...(draft.content as Record<string, unknown>), returnNotes: input.notes };
        await tx.document.update({ where: { id: draft.id }, data: { content: content as Prisma.InputJsonObject } });
        return { decision: "KEMBALIKAN", notes: input.notes };
      }
      const number = await takeSptNumber(tx, Number(today.slice(0, 4)));
      const content = {
        number,
        signedOn: today,
        registerNumber: kase.registerNumber,
        registeredOn: kase.registeredOn,
        tlType: plan.tlType,
        task: (draft.content as { task: string }).task,
        objectives: plan.objectives,
        scope: plan.scope,
        startOn: plan.startOn,
        endOn: plan.endOn,
        durationDays: plan.durationDays,
        opd: kase.opd?.name ?? null,
        team: plan.members.map((m) => ({
          name: m.user.name,
          nip: m.user.nip,
          pangkat: m.user.pangkat,
          golongan: m.user.golongan,
          jabatan: m.user.jabatan,
          teamRole: m.teamRole,
        })),
        signer,
      };
      await tx.document.update({
        where: { id: draft.id },
        data: {
          status: "DITANDATANGANI",
          number,
          content,
          sha256: createHash("sha256").update(canonicalJson(content)).digest("hex"),
          verificationCode: newVerificationCode(),
          signedById: actor.id,
          signedAt: now,
        },
      });
      await tx.teamPlan.update({ where: { id: plan.id }, data: { status: "DISAHKAN" } });
      await tx.inspekturDecision.create({
        data: { caseId: kase.id, kind: "SPT_DITANDATANGANI", instructions: input.notes, decidedById: actor.id, decidedAt: now },
      });
      return { decision: "TANDATANGANI", number, notes: input.notes };
    },
  });
}

/** The next SPT number of the year, taken in the signing transaction: no gap, no duplicate. */
async function takeSptNumber(tx: Tx, year: number): Promise<string> {
  return formatDocumentNumber(SPT_NUMBER_PATTERN, await nextInSequence(tx, "SPT", year), year);
}
