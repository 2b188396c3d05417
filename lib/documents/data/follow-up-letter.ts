// What the follow-up letters to the head of an OPD say (issue 18): the request at approval (surat permintaan
// tindak lanjut) lists the report's recommendations and their deadlines; the reminder (surat teguran) those
// whose deadline has passed. Frozen into the signed document: names and dates as they were that day.
import type { Db, Tx } from "@/lib/db";
import { RECOMMENDATION_KIND_LABELS } from "@/lib/follow-up/labels";
import { opdHead } from "@/templates/common";
import type { SignerSnapshot } from "../context";

export interface FollowUpLetterContent {
  number: string | null;
  signedOn: string;
  place: string;
  /** "Kepala Dinas Pendidikan" */
  addressee: string;
  opdName: string;
  registerNumber: string;
  reportNumber: string | null;
  reportSignedOn: string | null;
  recommendations: { position: number; text: string; kind: string; deadlineOn: string; amountDue: string | null; outstanding: string | null }[];
  signer: SignerSnapshot;
  tembusan: string[];
  /** where the liaison reports the follow-up */
  followUpUrl: string;
}

export async function followUpLetterContent(
  client: Db | Tx,
  caseId: string,
  recommendationIds: string[],
  opts: { number: string | null; signedOn: string; place: string; signer: SignerSnapshot; followUpUrl: string; reportNumber: string | null; reportSignedOn: string | null },
): Promise<FollowUpLetterContent> {
  const kase = await client.case.findUniqueOrThrow({ where: { id: caseId }, select: { registerNumber: true, opd: { select: { name: true, kind: true } } } });
  const recs = await client.recommendationRecord.findMany({ where: { id: { in: recommendationIds } }, orderBy: { position: "asc" } });
  return {
    number: opts.number,
    signedOn: opts.signedOn,
    place: opts.place,
    addressee: opdHead(kase.opd) ?? "Kepala Perangkat Daerah",
    opdName: kase.opd?.name ?? "Perangkat Daerah",
    registerNumber: kase.registerNumber,
    reportNumber: opts.reportNumber,
    reportSignedOn: opts.reportSignedOn,
    recommendations: recs.map((r) => ({
      position: r.position,
      text: r.text,
      kind: RECOMMENDATION_KIND_LABELS[r.kind],
      deadlineOn: r.deadlineOn,
      amountDue: r.amountDueRupiah === null ? null : r.amountDueRupiah.toString(),
      outstanding: r.amountDueRupiah === null ? null : (r.amountDueRupiah - r.repaidRupiah).toString(),
    })),
    signer: opts.signer,
    // The Bupati hears of the follow-up of recommendations as of the reports.
    tembusan: ["Bupati Banyumas (sebagai laporan)", "Arsip"],
    followUpUrl: opts.followUpUrl,
  };
}
