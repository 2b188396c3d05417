// Checks that a step's choices name real, active people and cases.
import { db } from "@/lib/db";
import type { Role } from "@/lib/enums";
import { ValidationError } from "@/lib/errors";

/** Active users with one of `roles`, in the order given; a field error when any is not. */
export async function activeUsers(ids: string[], roles: readonly Role[], field: string, message: string) {
  const users = await db.user.findMany({
    where: { id: { in: ids }, active: true, role: { in: [...roles] } },
    select: { id: true, name: true, nip: true, pangkat: true, golongan: true, jabatan: true, role: true, irbanWilayah: true },
  });
  if (users.length !== new Set(ids).size) throw new ValidationError({ [field]: [message] });
  const byId = new Map(users.map((u) => [u.id, u]));
  return ids.map((id) => byId.get(id)!);
}

/** The case a "duplicate of" refers to, by register number; never the case itself. */
export async function duplicateTarget(registerNumber: string | null, selfId: string, field = "duplicateOf") {
  if (!registerNumber) return null;
  const found = await db.case.findUnique({ where: { registerNumber }, select: { id: true, registerNumber: true } });
  if (!found || found.id === selfId) {
    throw new ValidationError({ [field]: [found ? "Tulis nomor register aduan lain, bukan aduan ini." : "Tidak ada aduan dengan nomor register ini."] });
  }
  return found;
}
