// The complainant's side: finding the case by receipt code and what they see
// of it — the stage in plain words, the due date and the messages; nothing
// internal (no staff names, no notes, no other party's data).
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { LIMITS, allow } from "@/lib/public/rate-limit";
import type { PublicClient } from "@/lib/public/action";
import { parseInput } from "@/lib/validation/parse";
import { publicStageOf } from "@/lib/workflow/public-stage";
import { STEPS } from "@/lib/workflow/steps";
import { openQuestionOf } from "./messages";
import { trackInput } from "./public-inputs";
import { hashReceiptCode, normaliseReceiptCode } from "./receipt-code";

const UNKNOWN = "Kode tanda terima tidak dikenal. Periksa kembali kode Anda (24 huruf dan angka).";

export async function findByReceiptCode(raw: unknown, client: PublicClient): Promise<string> {
  if (!allow("lacak", client.key)) throw new DomainError("DIBATASI", LIMITS.lacak.message);
  const input = parseInput(trackInput, raw);
  if (!normaliseReceiptCode(input.code)) throw new DomainError("TIDAK_DIKENAL", UNKNOWN, { code: [UNKNOWN] });
  const kase = await db.case.findUnique({ where: { receiptCodeHash: hashReceiptCode(input.code) }, select: { id: true } });
  if (!kase) throw new DomainError("TIDAK_DIKENAL", UNKNOWN, { code: [UNKNOWN] });
  return kase.id;
}

/** The stages a complainant sees, in order, without repeats. */
export const PUBLIC_STAGES: readonly string[] = [...new Set(STEPS.map((s) => s.publicStage as string))];

export async function trackingView(caseId: string) {
  const kase = await db.case.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      registerNumber: true,
      title: true,
      source: true,
      status: true,
      registeredOn: true,
      dueOn: true,
      dueIsEstimate: true,
      closureReason: true,
      confirmedAt: true,
      messages: { orderBy: { createdAt: "asc" }, select: { id: true, direction: true, kind: true, body: true, createdAt: true } },
    },
  });
  if (!kase) return null;
  // From the messages just loaded: a page view is as few queries as possible (npm run bench).
  const question = openQuestionOf(kase.messages);
  return {
    ...kase,
    stage: publicStageOf(kase.status),
    waitingForConfirmation: kase.status === "MENUNGGU_KONFIRMASI",
    finished: kase.status === "SELESAI" || kase.status === "DITUTUP",
    openQuestionId: question?.id ?? null,
  };
}

export type TrackingView = NonNullable<Awaited<ReturnType<typeof trackingView>>>;
