// The outbox as staff read it at /kotak-keluar. What a message says (the
// subject and body of an e-mail, the stage and message for Lapak Aduan, the
// case's title in a notice to staff) is case content: only roles that may see
// cases read it. The admin, who keeps SMTP working, sees type, status, time
// and the attempts; addresses are whole only for roles that see identities.
import type { Actor } from "@/lib/auth/actor";
import { can, throwIfNoPermission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { OutboxKind, OutboxStatus } from "@/lib/enums";
import { maskEmail } from "@/lib/format/mask";

export const OUTBOX_PAGE_SIZE = 50;

export interface OutboxRow {
  id: string;
  kind: OutboxKind;
  status: OutboxStatus;
  attempts: number;
  createdAt: Date;
  lastError: string | null;
  case: { id: string; registerNumber: string } | null;
  /** the recipient or ticket, as this actor may see it */
  to: string | null;
  /** what the message says; null for roles without case content */
  content: { subject: string | null; body: string | null } | null;
}

const EMAIL_IN_TEXT = /[^\s<>"'@]+@[^\s<>"'@]+\.[^\s<>"'@]+/g;

export async function listOutbox(actor: Actor, status: OutboxStatus | null, page: number) {
  throwIfNoPermission(actor, "outbox:view");
  const readsContent = can(actor.role, "case:view");
  const seesIdentity = can(actor.role, "case:view-identity");
  const where = status ? { status } : { status: { in: ["MENUNGGU" as const, "GAGAL" as const] } };
  const [total, messages] = await Promise.all([
    db.outboxMessage.count({ where }),
    db.outboxMessage.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE,
      include: { case: { select: { id: true, registerNumber: true } } },
    }),
  ]);
  const address = (a: string | undefined) => (seesIdentity ? (a ?? null) : maskEmail(a));
  const rows: OutboxRow[] = messages.map((m) => {
    const p = m.payload as { to?: string; subject?: string; text?: string; ticketId?: string; stage?: string; message?: string };
    return {
      id: m.id,
      kind: m.kind,
      status: m.status,
      attempts: m.attempts,
      createdAt: m.createdAt,
      // A mail server's refusal may quote the address it refused.
      lastError: m.lastError && !seesIdentity ? m.lastError.replace(EMAIL_IN_TEXT, (e) => maskEmail(e)) : m.lastError,
      case: m.case,
      to: m.kind === "EMAIL" ? address(p.to) : `Tiket ${p.ticketId ?? "—"}`,
      content: readsContent
        ? m.kind === "EMAIL"
          ? { subject: p.subject ?? null, body: p.text ?? null }
          : { subject: p.stage ?? null, body: p.message ?? null }
        : null,
    };
  });
  return { total, rows, readsContent };
}
