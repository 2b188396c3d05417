// What a complainant reads on /lacak about the recommendations of their complaint (issue 18): in plain
// words, whether they have been carried out — counts only, never the OPD's responses, names or amounts.
import { db } from "@/lib/db";
import type { CaseStatus, FollowUpStatus } from "@/lib/enums";
import { stepByNumber } from "@/lib/workflow/steps";

export function followUpInWords(statuses: readonly FollowUpStatus[]): string | null {
  const n = statuses.length;
  if (n === 0) return null;
  const done = statuses.filter((s) => s === "SESUAI").length;
  const impossible = statuses.filter((s) => s === "TIDAK_DAPAT_DITINDAKLANJUTI").length;
  const what = n === 1 ? "Rekomendasi" : `${n} rekomendasi`;
  if (done === n) return `${n === 1 ? "Rekomendasi" : `Semua ${n} rekomendasi`} hasil penanganan aduan Anda telah dilaksanakan oleh instansi terkait.`;
  if (done + impossible === n) {
    return `Pemantauan ${what.toLowerCase()} hasil penanganan aduan Anda telah selesai: ${done} dilaksanakan, ${impossible} tidak dapat dilaksanakan karena alasan yang sah.`;
  }
  if (done === 0) return `Inspektorat telah menyampaikan ${what.toLowerCase()} kepada instansi terkait dan memantau pelaksanaannya.`;
  return `${done} dari ${n} rekomendasi hasil penanganan aduan Anda telah dilaksanakan oleh instansi terkait; selebihnya masih dipantau Inspektorat.`;
}

/** Only a case past the report's approval has recommendations: the tracking page asks nothing before. */
const AFTER_APPROVAL: readonly CaseStatus[] = [stepByNumber(11).from!, stepByNumber(12).from!, "SELESAI"];

export async function publicFollowUp(caseId: string, status: CaseStatus): Promise<string | null> {
  if (!AFTER_APPROVAL.includes(status)) return null;
  const rows = await db.recommendationRecord.findMany({ where: { caseId }, select: { status: true } });
  return followUpInWords(rows.map((r) => r.status));
}
