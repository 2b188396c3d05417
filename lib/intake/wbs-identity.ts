// A WBS reporter's identity is sealed. Staff who work the case may ask to see
// it; the Inspektur decides. The Inspektur, and whoever the Inspektur allowed,
// may open it; every request, decision and viewing is a history event.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { can, throwIfNoPermission } from "@/lib/auth/permissions";
import { unseal } from "@/lib/crypto/seal";
import { db } from "@/lib/db";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { withCaseEvent } from "@/lib/history/case-event";
import { parseInput } from "@/lib/validation/parse";
import { loadCaseForActor } from "@/lib/workflow/scope";
import { EVENT_LABELS, EVENT_TEXT } from "@/lib/history/labels";
import { identityRequestInput } from "./message-inputs";

export interface WbsIdentity {
  name: string | null;
  nik: string | null;
  phone: string | null;
  email: string | null;
}

const decideInput = z.strictObject({ requestId: z.string().min(1).max(40), decision: z.enum(["SETUJU", "TOLAK"], { error: "Pilih keputusan." }) });
const viewInput = z.strictObject({ caseId: z.string().min(1).max(40) });

async function sealedCase(actor: Actor, caseId: string) {
  const kase = await loadCaseForActor(actor, caseId, { include: { reporter: true } });
  if (kase.source !== "WBS" || !kase.reporter?.sealed) throw new NotFoundError("Aduan ini tidak memiliki identitas pelapor WBS yang tersimpan.");
  return kase;
}

export async function requestIdentityAccess(actor: Actor, raw: unknown) {
  const input = parseInput(identityRequestInput, raw);
  const kase = await sealedCase(actor, input.caseId);
  if (can(actor.role, "wbs:decide-identity")) throw new DomainError("TIDAK_PERLU", "Inspektur dapat membuka identitas tanpa permintaan.");
  const open = await db.identityAccessRequest.findFirst({
    where: { caseId: kase.id, requestedById: actor.id, status: { in: ["DIAJUKAN", "DISETUJUI"] } },
  });
  if (open)
    throw new DomainError("SUDAH_ADA", open.status === "DIAJUKAN" ? "Permintaan Anda masih menunggu keputusan Inspektur." : "Permintaan Anda sudah disetujui.");
  return withCaseEvent(kase.id, { actorId: actor.id }, async (tx, now) => {
    const req = await tx.identityAccessRequest.create({
      data: { caseId: kase.id, requestedById: actor.id, reason: input.reason, createdAt: now },
    });
    return { result: req, event: { type: "IDENTITAS_DIMINTA", data: { label: EVENT_LABELS.IDENTITAS_DIMINTA, reason: input.reason } } };
  });
}

export async function decideIdentityAccess(actor: Actor, raw: unknown) {
  throwIfNoPermission(actor, "wbs:decide-identity");
  const input = parseInput(decideInput, raw);
  const req = await db.identityAccessRequest.findUnique({ where: { id: input.requestId }, include: { requestedBy: { select: { name: true } } } });
  if (!req) throw new NotFoundError("Permintaan tidak ditemukan.");
  await loadCaseForActor(actor, req.caseId);
  if (req.status !== "DIAJUKAN") throw new DomainError("SUDAH_DIPUTUS", "Permintaan ini sudah diputuskan.");
  const approved = input.decision === "SETUJU";
  return withCaseEvent(req.caseId, { actorId: actor.id }, async (tx, now) => {
    const res = await tx.identityAccessRequest.updateMany({
      where: { id: req.id, status: "DIAJUKAN" },
      data: { status: approved ? "DISETUJUI" : "DITOLAK", decidedById: actor.id, decidedAt: now },
    });
    if (res.count === 0) throw new DomainError("SUDAH_DIPUTUS", "Permintaan ini sudah diputuskan.");
    return {
      result: { approved },
      event: {
        type: approved ? "IDENTITAS_DISETUJUI" : "IDENTITAS_DITOLAK",
        data: { label: EVENT_TEXT.identityDecided(approved), for: req.requestedBy.name },
      },
    };
  });
}

/** Whether the actor may open the sealed identity of this case now. */
export async function mayViewIdentity(actor: Actor, caseId: string): Promise<boolean> {
  if (can(actor.role, "wbs:decide-identity")) return true;
  const approved = await db.identityAccessRequest.findFirst({ where: { caseId, requestedById: actor.id, status: "DISETUJUI" }, select: { id: true } });
  return approved !== null;
}

export async function viewIdentity(actor: Actor, raw: unknown): Promise<WbsIdentity> {
  const input = parseInput(viewInput, raw);
  const kase = await sealedCase(actor, input.caseId);
  if (!(await mayViewIdentity(actor, kase.id))) throw new ForbiddenError("Identitas pelapor WBS hanya dapat dibuka atas persetujuan Inspektur.");
  // The viewing is recorded before the identity leaves the server.
  await withCaseEvent(kase.id, { actorId: actor.id }, async () => ({
    result: null,
    event: { type: "IDENTITAS_DILIHAT", data: { label: EVENT_LABELS.IDENTITAS_DILIHAT } },
  }));
  return JSON.parse(unseal(kase.reporter!.sealed!, kase.reporter!.sealedKeyId!)) as WbsIdentity;
}
