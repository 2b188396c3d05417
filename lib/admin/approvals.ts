// Separation of duties (PROCEDURE.md "Roles"): the admin manages accounts
// but cannot by itself give anyone — itself included — a role that sees
// identities or decides on them (IDENTITY_ROLES), nor a new password to
// someone who holds one. What the admin asks for waits here until the active
// Inspektur approves it; the one-time password it needs is then shown to the
// Inspektur, never to the admin.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { newOneTimePassword, oneTimePasswordData } from "@/lib/auth/one-time-password";
import { hashPassword } from "@/lib/auth/password";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { endAllSessions } from "@/lib/auth/sessions";
import { audit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import type { ApprovalKind, Role } from "@/lib/enums";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { optionalText } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse";

export const APPROVAL_LABELS: Record<ApprovalKind, string> = {
  PERAN: "Pemberian peran",
  ATUR_ULANG_SANDI: "Kata sandi sekali pakai baru",
};

/** Asks for a change (in the admin's transaction); one open request per user and kind, the newest wins. */
export async function askApproval(tx: Tx, actor: Actor, userId: string, kind: ApprovalKind, role: Role | null): Promise<void> {
  await tx.accountApproval.updateMany({
    where: { userId, kind, status: "DIAJUKAN" },
    data: { status: "DITOLAK", note: "Diganti permintaan yang lebih baru.", decidedAt: new Date() },
  });
  await tx.accountApproval.create({ data: { userId, kind, role, requestedById: actor.id } });
}

/** What waits for the Inspektur's decision, oldest first. */
export async function pendingApprovals(actor: Actor) {
  throwIfNoPermission(actor, "account:approve");
  return db.accountApproval.findMany({
    where: { status: "DIAJUKAN" },
    orderBy: { createdAt: "asc" },
    include: {
      user: { select: { id: true, username: true, name: true, nip: true, jabatan: true, role: true, lastSignInAt: true } },
      requestedBy: { select: { name: true } },
    },
  });
}

/** The open requests about one user, for the admin's user page. */
export function openApprovalsOf(userId: string) {
  return db.accountApproval.findMany({
    where: { userId, status: "DIAJUKAN" },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, role: true, createdAt: true },
  });
}

const decisionInput = z.strictObject({
  id: z.string().min(1).max(40),
  decision: z.enum(["SETUJUI", "TOLAK"], { error: "Pilih: setujui atau tolak." }),
  note: optionalText("Alasan", 500),
});

export interface ApprovalOutcome {
  approved: boolean;
  userName: string;
  username: string;
  /** the one-time password to hand to the user, shown to the Inspektur once */
  oneTimePassword: string | null;
}

export async function decideApproval(actor: Actor, raw: unknown): Promise<ApprovalOutcome> {
  throwIfNoPermission(actor, "account:approve");
  const input = parseInput(decisionInput, raw);
  const request = await db.accountApproval.findUnique({ where: { id: input.id }, include: { user: true } });
  if (!request) throw new NotFoundError("Permintaan tidak ditemukan.");
  if (request.userId === actor.id)
    throw new DomainError("DIRI_SENDIRI", "Permintaan tentang akun Anda sendiri diputuskan oleh Inspektur lain atau dari baris perintah.");
  if (input.decision === "TOLAK" && !input.note) throw new DomainError("TIDAK_VALID", "Sebutkan alasan penolakan.", { note: ["Sebutkan alasan penolakan."] });
  const approved = input.decision === "SETUJUI";
  const now = new Date();
  // A password is made only where one is needed: a new password asked for, or an account that has never been used.
  const issue = approved && (request.kind === "ATUR_ULANG_SANDI" || request.user.lastSignInAt === null);
  const code = issue ? newOneTimePassword() : null;
  const passwordHash = code ? await hashPassword(code) : null;
  await db.$transaction(async (tx) => {
    const claimed = await tx.accountApproval.updateMany({
      where: { id: request.id, status: "DIAJUKAN" },
      data: { status: approved ? "DISETUJUI" : "DITOLAK", decidedById: actor.id, decidedAt: now, note: input.note },
    });
    if (claimed.count === 0) throw new ConflictError("Permintaan ini sudah diputuskan. Muat ulang halaman.");
    if (approved) {
      const grant = request.kind === "PERAN" && request.role ? { role: request.role, irbanWilayah: null, roleApprovedAt: now, roleApprovedById: actor.id } : {};
      await tx.user.update({
        where: { id: request.userId },
        data: { ...grant, ...(passwordHash ? oneTimePasswordData(passwordHash, now) : {}), ...(request.kind === "PERAN" ? { version: { increment: 1 } } : {}) },
      });
      await endAllSessions(tx, request.userId, request.kind === "PERAN" ? "PERAN_DIUBAH" : "SANDI_DIUBAH");
    }
    await audit(tx, actor, approved ? "PERSETUJUAN_AKUN_DIBERIKAN" : "PERSETUJUAN_AKUN_DITOLAK", "User", request.userId, {
      kind: request.kind,
      role: request.role,
      requestId: request.id,
      note: input.note,
    });
  });
  return { approved, userName: request.user.name, username: request.user.username, oneTimePassword: code };
}

/** What a request asks, in words: "Pemberian peran Tim Pengaduan (Sekretariat)". */
export function describeApproval(a: { kind: ApprovalKind; role: Role | null }): string {
  return a.kind === "PERAN" && a.role ? `${APPROVAL_LABELS.PERAN} ${ROLE_LABELS[a.role]}` : APPROVAL_LABELS[a.kind];
}
