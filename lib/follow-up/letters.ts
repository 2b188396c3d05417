// The follow-up letters to the head of the OPD (issue 18), numbered and signed like every official letter
// (lib/documents/freeze.ts): the request with the report's approval, signed with the report by the approving
// Inspektur; the reminder (teguran) when a deadline passes, signed by the Inspektur's server-held credential
// as the result letter of step 11 is. Both belong to the case, and the OPD's liaison may download them.
import type { Tx } from "@/lib/db";
import type { LetterContext, SignerSnapshot } from "@/lib/documents/context";
import { followUpLetterContent } from "@/lib/documents/data/follow-up-letter";
import { freezeDocument } from "@/lib/documents/freeze";
import { takeDocumentNumber } from "@/lib/documents/numbering";
import { publicUrl } from "@/lib/runtime/public-url";
import type { Signer } from "@/lib/signing/signer";

export const FOLLOW_UP_LETTERS = ["SURAT_PERMINTAAN_TL", "SURAT_TEGURAN_TL"] as const;

interface LetterInput {
  caseId: string;
  recommendationIds: string[];
  signer: SignerSnapshot;
  signedById: string;
  tte: Signer;
  now: Date;
  today: string;
  report: { number: string | null; signedOn: string | null };
}

async function send(tx: Tx, ctx: LetterContext, type: (typeof FOLLOW_UP_LETTERS)[number], l: LetterInput) {
  const number = await takeDocumentNumber(tx, "SURAT", l.today);
  const content = await followUpLetterContent(tx, l.caseId, l.recommendationIds, {
    number,
    signedOn: l.today,
    place: ctx.instansi.tempat,
    signer: l.signer,
    followUpUrl: `${publicUrl()}/tindak-lanjut`,
    reportNumber: l.report.number,
    reportSignedOn: l.report.signedOn,
  });
  return freezeDocument(tx, ctx, {
    caseId: l.caseId,
    type,
    number,
    content: content as unknown as Record<string, unknown>,
    signedById: l.signedById,
    now: l.now,
    signer: l.tte,
  });
}

export const sendRequestLetter = (tx: Tx, ctx: LetterContext, l: LetterInput) => send(tx, ctx, "SURAT_PERMINTAAN_TL", l);
export const sendReminderLetter = (tx: Tx, ctx: LetterContext, l: LetterInput) => send(tx, ctx, "SURAT_TEGURAN_TL", l);
