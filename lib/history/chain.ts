// The case history as evidence: each event's hash covers its content and the
// previous event's hash, so a changed, removed or inserted row breaks the
// chain. `seq` is unique per case, so two writers cannot both append event n.
import { createHash } from "node:crypto";
import type { CaseStatus } from "@/lib/enums";
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/prisma/generated/sqlite/client";

export const GENESIS_HASH = "0".repeat(64);

export interface HistoryInput {
  step?: number | null;
  type: string;
  fromStatus?: CaseStatus | null;
  toStatus?: CaseStatus | null;
  actorId?: string | null;
  actorLabel?: string | null;
  data?: Record<string, unknown>;
}

/** JSON with sorted keys, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function eventHash(
  prevHash: string,
  e: {
    caseId: string;
    seq: number;
    step: number | null;
    type: string;
    fromStatus: string | null;
    toStatus: string | null;
    actorId: string | null;
    actorLabel: string | null;
    data: unknown;
    createdAt: Date;
  },
): string {
  const body = canonicalJson({ ...e, createdAt: e.createdAt.toISOString() });
  return createHash("sha256").update(prevHash).update("\n").update(body).digest("hex");
}

/** Appends one event to a case's chain, inside the caller's transaction. */
export async function appendHistory(tx: Tx, caseId: string, input: HistoryInput, now = new Date()) {
  const last = await tx.historyEvent.findFirst({
    where: { caseId },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row = {
    caseId,
    seq,
    step: input.step ?? null,
    type: input.type,
    fromStatus: input.fromStatus ?? null,
    toStatus: input.toStatus ?? null,
    actorId: input.actorId ?? null,
    actorLabel: input.actorLabel ?? null,
    // Stored exactly as hashed: plain JSON values only.
    data: JSON.parse(JSON.stringify(input.data ?? {})) as Prisma.InputJsonObject,
    createdAt: now,
  };
  return tx.historyEvent.create({ data: { ...row, prevHash, hash: eventHash(prevHash, row) } });
}

export type ChainCheck = { ok: true; events: number } | { ok: false; events: number; brokenAt: number; reason: string };

/** Recomputes a case's chain from the first event. */
export async function verifyChain(db: Db | Tx, caseId: string): Promise<ChainCheck> {
  const events = await db.historyEvent.findMany({ where: { caseId }, orderBy: { seq: "asc" } });
  let prev = GENESIS_HASH;
  for (const [i, e] of events.entries()) {
    if (e.seq !== i + 1) return { ok: false, events: events.length, brokenAt: e.seq, reason: "urutan tidak bersambung" };
    if (e.prevHash !== prev) return { ok: false, events: events.length, brokenAt: e.seq, reason: "tidak merujuk peristiwa sebelumnya" };
    const expected = eventHash(prev, {
      caseId: e.caseId,
      seq: e.seq,
      step: e.step,
      type: e.type,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorId: e.actorId,
      actorLabel: e.actorLabel,
      data: e.data,
      createdAt: e.createdAt,
    });
    if (expected !== e.hash) return { ok: false, events: events.length, brokenAt: e.seq, reason: "isi telah berubah" };
    prev = e.hash;
  }
  return { ok: true, events: events.length };
}

export type AllChainsCheck =
  | { ok: true; cases: number; events: number }
  | { ok: false; cases: number; events: number; broken: { caseId: string; registerNumber: string; seq: number; reason: string } };

/** Walks every case's chain, a batch of cases at a time; stops at the first broken event. */
export async function verifyAllChains(db: Db, batch = 500): Promise<AllChainsCheck> {
  let cursor: string | undefined;
  let cases = 0;
  let events = 0;
  for (;;) {
    const page = await db.case.findMany({
      select: { id: true, registerNumber: true },
      orderBy: { id: "asc" },
      take: batch,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (page.length === 0) return { ok: true, cases, events };
    for (const c of page) {
      const check = await verifyChain(db, c.id);
      cases++;
      events += check.events;
      if (!check.ok) {
        return { ok: false, cases, events, broken: { caseId: c.id, registerNumber: c.registerNumber, seq: check.brokenAt, reason: check.reason } };
      }
    }
    cursor = page[page.length - 1]!.id;
  }
}
