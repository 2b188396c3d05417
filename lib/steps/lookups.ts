// What the steps look up: the people a step may choose (for its form and to
// check the choice), the team plan and the SPT draft that steps 7–9 work on.
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

/** The people step 3 or 5 may assign (the table's `chooses`), for its form: by wilayah, then name. */
export function staffToChoose(step: { chooses?: Role }) {
  if (!step.chooses) return Promise.resolve([]);
  return db.user.findMany({
    where: { role: step.chooses, active: true },
    orderBy: [{ irbanWilayah: "asc" }, { name: "asc" }],
    select: { id: true, name: true, jabatan: true, irbanWilayah: true },
  });
}

/** Who may be named in a team plan (step 6's form). */
export function teamCandidates() {
  return db.user.findMany({
    where: { role: { in: [...TEAM_ELIGIBLE_ROLES] }, active: true },
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, nip: true, jabatan: true, role: true },
  });
}

/** Staff who may be named in a team plan. */
export const TEAM_ELIGIBLE_ROLES = ["INSPEKTUR", "IRBAN", "AUDITOR", "PENELAAH"] as const;

/** The team plan steps 7–9 work on: the one submitted or approved last. */
export function currentPlan(caseId: string) {
  return db.teamPlan.findFirst({
    where: { caseId, status: { in: ["DIAJUKAN", "DISAHKAN"] } },
    orderBy: { createdAt: "desc" },
    include: {
      members: {
        orderBy: { position: "asc" },
        include: { user: { select: { id: true, name: true, nip: true, pangkat: true, golongan: true, jabatan: true } } },
      },
    },
  });
}

/** The SPT draft step 8 signs. */
export function currentSptDraft(caseId: string) {
  return db.document.findFirst({ where: { caseId, type: "SPT", status: "DRAF" }, orderBy: { createdAt: "desc" } });
}
