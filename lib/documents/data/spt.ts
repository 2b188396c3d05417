// The SPT's content, gathered from the case, the team plan and the settings.
// Frozen as it is when the Inspektur signs; a draft is built the same way.
import type { Db, Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { civilDateAt, formatCivilDate } from "@/lib/format/dates";
import { formatNip } from "@/lib/staff/nip";
import { formatRank } from "@/lib/staff/pangkat";
import type { SuratSettings } from "@/lib/settings/registry";
import { opdHead } from "@/templates/common";
import type { LetterContext, SignerSnapshot } from "../context";

export interface SptContent {
  number: string | null;
  signedOn: string;
  place: string;
  registerNumber: string;
  registeredOn: string;
  tlType: string;
  task: string;
  objectives: string;
  startOn: string;
  endOn: string;
  durationDays: number;
  opd: string | null;
  dasar: string[];
  /** where the cost is charged ("DPA … Tahun Anggaran 2026"), when the admin set it */
  biaya?: string | null;
  team: { name: string; nip: string | null; rank: string; jabatan: string; teamRole: string }[];
  signer: SignerSnapshot;
  tembusan: string[];
}

/** The regulations an SPT stands on: the admin's list, then the Perbup and the PKPT where their numbers are filled. */
export function standingBases(s: SuratSettings): string[] {
  const out = [...s.dasar];
  if (s.perbupNomor && s.perbupTahun) {
    out.push(
      `Peraturan Bupati Banyumas Nomor ${s.perbupNomor} Tahun ${s.perbupTahun} tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja Inspektorat Daerah Kabupaten Banyumas`,
    );
  }
  if (s.pkptTahun) {
    out.push(
      `Program Kerja Pengawasan Tahunan (PKPT) Inspektorat Daerah Kabupaten Banyumas Tahun ${s.pkptTahun}` +
        (s.pkptNomor ? ` yang ditetapkan dengan Keputusan Inspektur Daerah Kabupaten Banyumas Nomor ${s.pkptNomor}` : ""),
    );
  }
  return out;
}

/** "Tembusan" of an SPT: the admin's list with the head of the audited OPD before the archive. */
export function sptTembusan(list: string[], head: string | null): string[] {
  if (!head || list.some((l) => l.toLowerCase() === head.toLowerCase())) return list;
  const archive = list.findIndex((l) => /^arsip\b/i.test(l));
  return archive < 0 ? [...list, head] : [...list.slice(0, archive), head, ...list.slice(archive)];
}

export async function sptContent(client: Db | Tx, caseId: string, opts: { number: string | null; signedOn: string; signer: SignerSnapshot; ctx: LetterContext }): Promise<SptContent> {
  const kase = await client.case.findUniqueOrThrow({ where: { id: caseId }, include: { opd: true } });
  const plan = await client.teamPlan.findFirst({
    where: { caseId, status: { in: ["DIAJUKAN", "DISAHKAN"] } },
    orderBy: { createdAt: "desc" },
    include: { members: { orderBy: { position: "asc" }, include: { user: true } } },
  });
  const draft = await client.document.findFirst({ where: { caseId, type: "SPT" }, orderBy: { createdAt: "desc" } });
  const disposition = await client.inspekturDecision.findFirst({ where: { caseId, kind: "TINDAK_LANJUT" }, orderBy: { decidedAt: "desc" } });
  if (!plan) throw new DomainError("TANPA_RENCANA", "Rencana tim belum ada.");
  if (!plan.members.some((m) => m.teamRole === "KETUA_TIM")) throw new DomainError("TANPA_KETUA", "Tim dalam rencana tidak memiliki Ketua Tim.");
  const task = (draft?.content as { task?: string } | null)?.task;
  if (!task) throw new DomainError("TANPA_DRAF", "Draf SPT belum disusun.");
  const dispositionOn = disposition ? civilDateAt(disposition.decidedAt) : null;
  const { surat } = opts.ctx;
  return {
    number: opts.number,
    signedOn: opts.signedOn,
    place: opts.ctx.instansi.tempat,
    registerNumber: kase.registerNumber,
    registeredOn: kase.registeredOn,
    tlType: plan.tlType,
    task,
    objectives: plan.objectives,
    startOn: plan.startOn,
    endOn: plan.endOn,
    durationDays: plan.durationDays,
    opd: kase.opd?.name ?? null,
    dasar: [
      ...standingBases(surat),
      `Pengaduan masyarakat Nomor Register ${kase.registerNumber} tanggal ${formatCivilDate(kase.registeredOn)}`,
      ...(dispositionOn ? [`Disposisi Inspektur Daerah Kabupaten Banyumas tanggal ${formatCivilDate(dispositionOn)}`] : []),
    ],
    biaya: surat.biaya || null,
    team: plan.members.map((m) => ({
      name: m.user.name,
      nip: m.user.nip ? formatNip(m.user.nip) : null,
      rank: formatRank(m.user),
      jabatan: m.user.jabatan,
      teamRole: m.teamRole,
    })),
    signer: opts.signer,
    tembusan: sptTembusan(surat.tembusan, opdHead(kase.opd)),
  };
}
