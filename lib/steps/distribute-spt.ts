// Step 9: the Kasubag Perencanaan gives the signed SPT to the team and a copy
// to the Sekretariat (for Lapak Aduan complaints, evidence that it is followed up).
import type { Actor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { db } from "@/lib/db";
import { runStep } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";
import { currentPlan } from "./lookups";

const STEP = stepByNumber(9);

export function distributeSpt(actor: Actor, raw: unknown) {
  return runStep(actor, STEP, raw, {
    check: async ({ kase }) => {
      const spt = await db.document.findFirst({ where: { caseId: kase.id, type: "SPT", status: "DITANDATANGANI" }, orderBy: { signedAt: "desc" } });
      const plan = await currentPlan(kase.id);
      if (!spt || !plan) throw new DomainError("TANPA_SPT", "SPT yang ditandatangani belum ada.");
      return { spt, plan };
    },
    outcome: () => ({ to: STEP.to }),
    write: async (tx, { input, kase, actor, now }, { spt, plan }) => {
      // The copy for the Sekretariat, evidence that the complaint is followed up (Lapak Aduan asks for it).
      if (spt.pdfFileId) {
        const file = await tx.storedFile.findUniqueOrThrow({ where: { id: spt.pdfFileId }, select: { sha256: true, size: true } });
        await tx.attachment.create({
          data: {
            caseId: kase.id,
            kind: "SALINAN_SPT",
            fileName: `SPT-${(spt.number ?? "").replace(/[^0-9A-Za-z.]+/g, "-")}.pdf`,
            mimeType: "application/pdf",
            size: file.size,
            sha256: file.sha256,
            fileId: spt.pdfFileId,
            uploadedById: actor.id,
            createdAt: now,
          },
        });
      }
      return {
        sptNumber: spt.number,
        recipients: plan.members.map((m) => m.user.name),
        copyTo: "Sekretariat (Tim Pengaduan)",
        note: input.note,
      };
    },
  });
}
