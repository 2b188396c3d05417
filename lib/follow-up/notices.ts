// Who hears of a follow-up transition, by e-mail through the outbox, queued in the transition's transaction:
// the Irban when the OPD has responded; the OPD's liaisons when their recommendation was assessed or changed.
import type { Tx } from "@/lib/db";
import { enqueue } from "@/lib/outbox/enqueue";
import { publicUrl } from "@/lib/runtime/public-url";

const SIGNATURE = "\n\n-- SIPADU, Inspektorat Kabupaten Banyumas";

interface RecRef {
  id: string;
  caseId: string;
  position: number;
  opdId: string | null;
  case: { registerNumber: string; irbanUserId: string | null };
}

async function send(tx: Tx, rec: RecRef, seq: number, people: { id: string; email: string | null; name: string }[], subject: string, body: string) {
  for (const p of people) {
    if (!p.email) continue;
    await enqueue(
      tx,
      "EMAIL",
      `${rec.caseId}:${seq}:tl:${p.id}`,
      { to: p.email, subject: `[SIPADU] ${subject}`, text: `Yth. ${p.name},\n\n${body}\n\nBuka: ${publicUrl()}/tindak-lanjut/${rec.id}${SIGNATURE}` },
      rec.caseId,
    );
  }
}

export async function tellIrbanOfResponse(tx: Tx, rec: RecRef, seq: number, opdName: string) {
  if (!rec.case.irbanUserId) return;
  const irban = await tx.user.findMany({ where: { id: rec.case.irbanUserId, active: true }, select: { id: true, email: true, name: true } });
  await send(
    tx,
    rec,
    seq,
    irban,
    `Tindak lanjut menunggu penilaian Anda`,
    `${opdName} telah melaporkan tindak lanjut rekomendasi ${rec.position} (aduan ${rec.case.registerNumber}). Mohon dinilai.`,
  );
}

/** The liaisons of the recommendation's OPD. */
export async function liaisonsOf(tx: Tx, opdId: string | null) {
  if (!opdId) return [];
  return tx.user.findMany({ where: { role: "OPD", opdId, active: true }, select: { id: true, email: true, name: true } });
}

export async function tellOpd(tx: Tx, rec: RecRef, seq: number, subject: string, body: string) {
  await send(tx, rec, seq, await liaisonsOf(tx, rec.opdId), subject, body);
}
