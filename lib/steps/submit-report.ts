// Step 10's end: the team submits the Laporan Hasil Audit / Klarifikasi /
// Koordinasi. It must be complete for its TL type.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { REPORT_SECTIONS, SECTION_LABELS } from "@/lib/workflow/inputs/execution";
import { TL_LABELS } from "@/lib/workflow/inputs/review";
import { runStep } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";
import { lowerFirst } from "@/lib/format/text";

const STEP = stepByNumber(10);

/** What a report of this TL type still lacks, in words. */
export function missingParts(
  tlType: keyof typeof REPORT_SECTIONS,
  sections: Record<string, unknown> | null,
  findings: { position: number; condition: string | null; conclusion: string | null }[],
): string[] {
  const missing: string[] = [];
  if (!sections) missing.push("Draf laporan belum disimpan.");
  for (const s of REPORT_SECTIONS[tlType]) {
    if (sections && !sections[s]) missing.push(`Bagian “${SECTION_LABELS[s]}” belum diisi.`);
  }
  if (tlType !== "KOORDINASI") {
    if (findings.length === 0) missing.push("Belum ada temuan per dugaan.");
    for (const f of findings) {
      if (!f.condition) missing.push(`Temuan ${f.position}: fakta/kondisi belum diisi.`);
      if (!f.conclusion) missing.push(`Temuan ${f.position}: simpulan belum dipilih.`);
    }
  }
  return missing;
}

export function submitReport(actor: Actor, raw: unknown) {
  return runStep(actor, STEP, raw, {
    check: async ({ kase }) => {
      const [report, findings] = await Promise.all([
        db.fieldReport.findUnique({ where: { caseId: kase.id } }),
        db.finding.findMany({ where: { caseId: kase.id }, orderBy: { position: "asc" }, select: { position: true, condition: true, conclusion: true } }),
      ]);
      const tlType = kase.tlType!;
      const missing = missingParts(tlType, (report?.sections as Record<string, unknown>) ?? null, findings);
      if (missing.length) {
        throw new DomainError("LAPORAN_BELUM_LENGKAP", `Laporan ${lowerFirst(TL_LABELS[tlType])} belum lengkap.`, { _form: missing });
      }
      return { report: report!, findings };
    },
    outcome: () => ({ to: STEP.to }),
    write: async (tx, { kase, actor, now }, { findings }) => {
      await tx.fieldReport.update({ where: { caseId: kase.id }, data: { submittedAt: now, submittedById: actor.id } });
      return { tlType: kase.tlType, findings: findings.length };
    },
  });
}
