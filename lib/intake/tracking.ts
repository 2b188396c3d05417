// The complainant's side: finding the case by receipt code and what they see
// of it — the stage in plain words, the due date and the messages; nothing
// internal (no staff names, no notes, no other party's data).
import { Prisma } from "@/prisma/generated/sqlite/client";
import { db } from "@/lib/db";
import type { CaseStatus, MessageDirection } from "@/lib/enums";
import { DomainError } from "@/lib/errors";
import { LIMITS, allow } from "@/lib/public/rate-limit";
import type { PublicClient } from "@/lib/public/action";
import { parseInput } from "@/lib/validation/parse";
import { publicStageOf } from "@/lib/workflow/public-stage";
import { FINAL_STATUSES } from "@/lib/workflow/statuses";
import { STEPS, stepByNumber } from "@/lib/workflow/steps";
import { openQuestionOf } from "./messages";
import { trackInput } from "./public-inputs";
import { hashReceiptCode, normaliseReceiptCode } from "./receipt-code";

const UNKNOWN = "Kode tanda terima tidak dikenal. Periksa kembali kode Anda (24 huruf dan angka).";

export async function findByReceiptCode(raw: unknown, client: PublicClient): Promise<string> {
  if (!allow("lacak", client.key)) throw new DomainError("DIBATASI", LIMITS.lacak.message);
  const input = parseInput(trackInput, raw);
  if (!normaliseReceiptCode(input.code)) throw new DomainError("TIDAK_DIKENAL", UNKNOWN, { code: [UNKNOWN] });
  const caseId = await caseIdOfReceiptCode(input.code);
  if (!caseId) throw new DomainError("TIDAK_DIKENAL", UNKNOWN, { code: [UNKNOWN] });
  return caseId;
}

/**
 * The case a receipt code opens, or null. Raw: Prisma spends about 0.5 ms of CPU compiling a query on the
 * wide Case model, three times what the statement costs, and this is the public's most frequent request
 * (BENCHMARKS.md, issue 9; docs/decisions/0010-raw-receipt-lookup.md).
 */
export async function caseIdOfReceiptCode(code: string): Promise<string | null> {
  const [kase] = await db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT "id" FROM "Case" WHERE "receiptCodeHash" = ${hashReceiptCode(code)}`);
  return kase?.id ?? null;
}

/** The stages a complainant sees, in order, without repeats. */
export const PUBLIC_STAGES: readonly string[] = [...new Set(STEPS.map((s) => s.publicStage as string))];

interface TrackingRow {
  id: string;
  registerNumber: string;
  title: string;
  status: string;
  registeredOn: string;
  dueOn: string;
  dueIsEstimate: boolean | number;
  messageId: string | null;
  direction: string | null;
  kind: string | null;
  body: string | null;
  createdAt: Date | string | null;
}

/**
 * The case with its messages in one statement: the tracking page is the most
 * requested page, and Prisma would make it two (the case, then its messages),
 * each compiled anew at some 0.5 ms of CPU (BENCHMARKS.md, "What the figures
 * at scale called for").
 */
export async function trackingView(caseId: string) {
  const rows = await db.$queryRaw<TrackingRow[]>(Prisma.sql`
    SELECT c."id" AS "id", c."registerNumber" AS "registerNumber", c."title" AS "title", c."status" AS "status",
           c."registeredOn" AS "registeredOn", c."dueOn" AS "dueOn", c."dueIsEstimate" AS "dueIsEstimate",
           m."id" AS "messageId", m."direction" AS "direction", m."kind" AS "kind", m."body" AS "body", m."createdAt" AS "createdAt"
    FROM "Case" c LEFT JOIN "Message" m ON m."caseId" = c."id"
    WHERE c."id" = ${caseId}
    ORDER BY m."createdAt", m."id"`);
  const first = rows[0];
  if (!first) return null;
  const messages = rows
    .filter((r) => r.messageId !== null)
    .map((r) => ({
      id: r.messageId!,
      direction: r.direction as MessageDirection,
      kind: r.kind!,
      body: r.body!,
      createdAt: new Date(r.createdAt!),
    }));
  const status = first.status as CaseStatus;
  const question = openQuestionOf(messages);
  return {
    id: first.id,
    registerNumber: first.registerNumber,
    title: first.title,
    status,
    registeredOn: first.registeredOn,
    dueOn: first.dueOn,
    dueIsEstimate: Boolean(Number(first.dueIsEstimate)),
    messages,
    stage: publicStageOf(status),
    waitingForConfirmation: status === stepByNumber(12).from,
    finished: FINAL_STATUSES.includes(status),
    openQuestionId: question?.id ?? null,
  };
}

export type TrackingView = NonNullable<Awaited<ReturnType<typeof trackingView>>>;
