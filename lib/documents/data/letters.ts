// The complainant's receipt and the letter telling them the result (step 11).
// A confidential or anonymous complainant, or a whistleblower, is never named:
// the letter is addressed to "the complainant of register number …".
import type { Db, Tx } from "@/lib/db";
import type { SignerSnapshot } from "../context";

export interface ReceiptContent {
  registerNumber: string;
  registeredOn: string;
  dueOn: string;
  dueIsEstimate: boolean;
  source: string;
  title: string;
  receiptCode: string | null;
  place: string;
  receivedBy: string;
}

export async function receiptContent(client: Db | Tx, caseId: string, opts: { receiptCode: string | null; place: string }): Promise<ReceiptContent> {
  const c = await client.case.findUniqueOrThrow({ where: { id: caseId }, include: { registeredBy: true } });
  return {
    registerNumber: c.registerNumber,
    registeredOn: c.registeredOn,
    dueOn: c.dueOn,
    dueIsEstimate: c.dueIsEstimate,
    source: c.source,
    title: c.title,
    receiptCode: opts.receiptCode,
    place: opts.place,
    receivedBy: c.registeredBy?.name ?? "Tim Pengaduan Inspektorat",
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
  };
}
