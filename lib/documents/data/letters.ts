// The complainant's receipt and the letter telling them the result (step 11).
// A confidential or anonymous complainant, or a whistleblower, is never named:
// the letter is addressed to "the complainant of register number …".
import type { Db, Tx } from "@/lib/db";
import { publicUrl } from "@/lib/runtime/public-url";
import { formatNip } from "@/lib/staff/nip";
import type { SignerSnapshot } from "../context";

export interface ReceiptContent {
  registerNumber: string;
  registeredOn: string;
  dueOn: string;
  dueIsEstimate: boolean;
  source: string;
  /** how it came in: "Formulir web", "Surat" … */
  channel?: string;
  title: string;
  /** the complainant's name, or "Dirahasiakan" for a confidential, anonymous or WBS report */
  complainant?: string;
  /** what was received with it: the files' names */
  attachments?: string[];
  receiptCode: string | null;
  place: string;
  receivedBy: string;
  /** "NIP …" of the officer who registered it; none for an online report */
  receivedByNip?: string | null;
  /** where the complainant follows the case */
  trackingUrl?: string;
}

export const CONFIDENTIAL_NAME = "Dirahasiakan";

/** The complainant as a letter may name them: only one who asked for nothing else. */
export function complainantName(c: { source: string; confidentiality: string }, reporter: { anonymous: boolean; name: string | null } | null): string {
  if (c.source === "WBS" || c.confidentiality !== "BIASA" || !reporter || reporter.anonymous || !reporter.name) return CONFIDENTIAL_NAME;
  return reporter.name;
}

export async function receiptContent(client: Db | Tx, caseId: string, opts: { receiptCode: string | null; place: string }): Promise<ReceiptContent> {
  const c = await client.case.findUniqueOrThrow({
    where: { id: caseId },
    include: { registeredBy: true, reporter: true, attachments: { where: { kind: { in: ["BUKTI_PELAPOR", "SURAT_MASUK", "SCAN_DISPOSISI"] }, messageId: null }, orderBy: { createdAt: "asc" }, select: { fileName: true } } },
  });
  return {
    registerNumber: c.registerNumber,
    registeredOn: c.registeredOn,
    dueOn: c.dueOn,
    dueIsEstimate: c.dueIsEstimate,
    source: c.source,
    channel: c.channel,
    title: c.title,
    complainant: complainantName(c, c.reporter),
    attachments: c.attachments.map((a) => a.fileName),
    receiptCode: opts.receiptCode,
    place: opts.place,
    receivedBy: c.registeredBy?.name ?? "Tim Pengaduan Inspektorat",
    receivedByNip: c.registeredBy?.nip ? `NIP ${formatNip(c.registeredBy.nip)}` : null,
    trackingUrl: `${publicUrl()}/lacak`,
  };
}

export interface ResultLetterContent {
  number: string | null;
  signedOn: string;
  place: string;
  addressee: string;
  registerNumber: string;
  registeredOn: string;
  title: string;
  tlType: string | null;
  sptNumber: string | null;
  reportNumber: string | null;
  message: string;
  signer: SignerSnapshot;
  tembusan: string[];
  /** where the complainant answers whether the complaint is settled */
  trackingUrl?: string;
}

/** Who the letter names: the complainant only when they asked for nothing else. */
export function addresseeOf(c: { source: string; confidentiality: string; registerNumber: string }, reporterName: string | null): string {
  if (c.source === "WBS" || c.confidentiality !== "BIASA" || !reporterName) return `Pelapor Aduan Nomor Register ${c.registerNumber}`;
  return `Sdr. ${reporterName}`;
}

export async function resultLetterContent(
  client: Db | Tx,
  caseId: string,
  opts: { number: string | null; signedOn: string; place: string; message: string; signer: SignerSnapshot; tembusan: string[] },
): Promise<ResultLetterContent> {
  const c = await client.case.findUniqueOrThrow({ where: { id: caseId }, include: { reporter: true } });
  const [spt, report] = await Promise.all([
    client.document.findFirst({ where: { caseId, type: "SPT", status: "DITANDATANGANI" }, orderBy: { signedAt: "desc" } }),
    client.document.findFirst({
      where: { caseId, type: { in: ["LAPORAN_HASIL_AUDIT", "LAPORAN_HASIL_KLARIFIKASI", "LAPORAN_HASIL_KOORDINASI"] }, status: "DITANDATANGANI" },
      orderBy: { signedAt: "desc" },
    }),
  ]);
  return {
    number: opts.number,
    signedOn: opts.signedOn,
    place: opts.place,
    addressee: addresseeOf(c, c.reporter?.anonymous ? null : (c.reporter?.name ?? null)),
    registerNumber: c.registerNumber,
    registeredOn: c.registeredOn,
    title: c.title,
    tlType: c.tlType,
    sptNumber: spt?.number ?? null,
    reportNumber: report?.number ?? null,
    message: opts.message,
    signer: opts.signer,
    tembusan: opts.tembusan,
    trackingUrl: `${publicUrl()}/lacak`,
  };
}
