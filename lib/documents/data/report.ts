// The content of a Laporan Hasil Audit / Klarifikasi / Koordinasi, from the
// structured work of step 10, the SPT it was done under and the team.
import type { Db, Tx } from "@/lib/db";
import type { DocumentType, TlType } from "@/lib/enums";
import { DomainError } from "@/lib/errors";
import { civilDateAt } from "@/lib/format/dates";
import { formatNip } from "@/lib/staff/nip";
import { formatRank } from "@/lib/staff/pangkat";
import type { SignerSnapshot } from "../context";

export const REPORT_TYPE: Record<TlType, DocumentType> = {
  AUDIT: "LAPORAN_HASIL_AUDIT",
  KLARIFIKASI: "LAPORAN_HASIL_KLARIFIKASI",
  KOORDINASI: "LAPORAN_HASIL_KOORDINASI",
};

export interface Person {
  name: string;
  rank: string | null;
  nip: string | null;
}

export interface ReportContent {
  tlType: TlType;
  number: string | null;
  signedOn: string;
  place: string;
  registerNumber: string;
  registeredOn: string;
  title: string;
  /** the reviewers' summary: no one's identity */
  summary: string | null;
  opd: string | null;
  /** the auditee's general data: its kind and the Irban wilayah that oversees it */
  opdKind?: string | null;
  opdWilayah?: string | null;
  spt: { number: string; signedOn: string };
  plan: { objectives: string; scope: string | null; startOn: string; endOn: string; durationDays: number };
  sections: Record<string, string | null>;
  findings: {
    position: number;
    allegation: string;
    condition: string | null;
    criteria: string | null;
    cause: string | null;
    effect: string | null;
    lossRupiah: string | null;
    /** whose money: KEUANGAN_DAERAH (the regency's) or MASYARAKAT (citizens paid it) */
    lossKind?: string | null;
    responsibleParty: string | null;
    auditeeResponse: string | null;
    conclusion: string | null;
    recommendation: string | null;
    /** the names of the evidence files, listed as the report's appendices */
    evidence?: string[];
  }[];
  team: { ketua: Person | null; pengendali: Person | null; penanggungJawab: Person | null };
  irban: (Person & { wilayah: string | null }) | null;
  /** the Inspektur who approves the report (step 10a), whose electronic signature it carries */
  approver?: SignerSnapshot | null;
}

const person = (u: { name: string; pangkat: string | null; golongan: string | null; nip: string | null }): Person => ({
  name: u.name,
  rank: u.golongan ? formatRank(u) : null,
  nip: u.nip ? `NIP ${formatNip(u.nip)}` : null,
});

export async function reportContent(
  client: Db | Tx,
  caseId: string,
  opts: { number: string | null; signedOn: string; place: string; approver: SignerSnapshot | null },
): Promise<ReportContent> {
  const kase = await client.case.findUniqueOrThrow({
    where: { id: caseId },
    include: {
      opd: true,
      irbanUser: true,
      fieldReport: true,
      findings: { orderBy: { position: "asc" }, include: { attachments: { orderBy: { createdAt: "asc" }, select: { fileName: true } } } },
      reviews: { orderBy: { submittedAt: "desc" }, take: 1 },
    },
  });
  if (!kase.tlType || !kase.fieldReport) throw new DomainError("TANPA_LAPORAN", "Draf laporan hasil belum disimpan.");
  const spt = await client.document.findFirst({ where: { caseId, type: "SPT", status: "DITANDATANGANI" }, orderBy: { signedAt: "desc" } });
  const plan = await client.teamPlan.findFirst({
    where: { caseId, status: "DISAHKAN" },
    orderBy: { createdAt: "desc" },
    include: { members: { include: { user: true } } },
  });
  if (!spt?.number || !spt.signedAt || !plan) throw new DomainError("TANPA_SPT", "Laporan dibuat berdasarkan SPT yang telah ditandatangani.");
  const role = (r: string) => {
    const m = plan.members.find((x) => x.teamRole === r);
    return m ? person(m.user) : null;
  };
  if (!role("KETUA_TIM")) throw new DomainError("TANPA_KETUA", "Tim tidak memiliki Ketua Tim untuk menandatangani laporan.");
  return {
    tlType: kase.tlType,
    number: opts.number,
    signedOn: opts.signedOn,
    place: opts.place,
    registerNumber: kase.registerNumber,
    registeredOn: kase.registeredOn,
    title: kase.title,
    summary: kase.reviews[0]?.summary ?? null,
    opd: kase.opd?.name ?? null,
    opdKind: kase.opd?.kind ?? null,
    opdWilayah: kase.opd?.irbanWilayah ?? null,
    spt: { number: spt.number, signedOn: civilDateAt(spt.signedAt) },
    plan: { objectives: plan.objectives, scope: plan.scope, startOn: plan.startOn, endOn: plan.endOn, durationDays: plan.durationDays },
    sections: kase.fieldReport.sections as Record<string, string | null>,
    findings: kase.findings.map((f) => ({
      position: f.position,
      allegation: f.allegation,
      condition: f.condition,
      criteria: f.criteria,
      cause: f.cause,
      effect: f.effect,
      lossRupiah: f.lossRupiah === null ? null : f.lossRupiah.toString(),
      lossKind: f.lossKind,
      responsibleParty: f.responsibleParty,
      auditeeResponse: f.auditeeResponse,
      conclusion: f.conclusion,
      recommendation: f.recommendation,
      evidence: f.attachments.map((a) => a.fileName),
    })),
    team: { ketua: role("KETUA_TIM"), pengendali: role("PENGENDALI_TEKNIS"), penanggungJawab: role("PENANGGUNG_JAWAB") },
    irban: kase.irbanUser ? { ...person(kase.irbanUser), wilayah: kase.irbanWilayah } : null,
    approver: opts.approver,
  };
}
