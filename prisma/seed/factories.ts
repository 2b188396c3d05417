// Records in a given state, for tests and demo data (documenso's seed
// factories): each test makes its own, so tests do not depend on each other.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import type { CaseSource, CaseStatus, IrbanWilayah, Role, TeamRole, TlType } from "@/lib/enums";
import { hashPassword } from "@/lib/auth/password";
import { holdsIdentityRole } from "@/lib/auth/permissions";
import { appendHistory } from "@/lib/history/chain";
import { formatRegisterNumber, nextInSequence } from "@/lib/numbering/sequence";
import { addCalendarDays, todayInJakarta } from "@/lib/format/dates";
import { searchTextOf } from "@/lib/intake/create-case";

export const TEST_PASSWORD = "kata-sandi-uji-2026";
let testHash: Promise<string> | undefined;

function uniq(prefix: string): string {
  return `${prefix}${randomBytes(4).toString("hex")}`;
}

export async function seedUser(
  db: Db,
  overrides: Partial<{
    username: string;
    name: string;
    nip: string | null;
    role: Role;
    jabatan: string;
    irbanWilayah: IrbanWilayah | null;
    /** the OPD of a liaison (role OPD) */
    opdId: string | null;
    active: boolean;
    password: string;
    mustChangePassword: boolean;
    /** an identity role comes approved unless this says otherwise */
    roleApproved: boolean;
  }> = {},
) {
  const { password, roleApproved = true, ...rest } = overrides;
  const passwordHash = password ? await hashPassword(password) : await (testHash ??= hashPassword(TEST_PASSWORD));
  const role = rest.role ?? "AUDITOR";
  return db.user.create({
    data: {
      username: uniq("uji."),
      name: "Pegawai Uji",
      jabatan: "Auditor",
      ...rest,
      role,
      roleApprovedAt: roleApproved && holdsIdentityRole(role) ? new Date() : null,
      passwordHash,
    },
  });
}

export async function seedOpd(db: Db, overrides: Partial<{ code: string; name: string; irbanWilayah: IrbanWilayah }> = {}) {
  const code = overrides.code ?? uniq("OPD_").toUpperCase();
  return db.opd.create({
    data: { code, name: overrides.name ?? `Dinas Uji ${code}`, kind: "DINAS", irbanWilayah: overrides.irbanWilayah ?? "WILAYAH_I" },
  });
}

export interface SeedCaseOptions {
  status?: CaseStatus;
  source?: CaseSource;
  title?: string;
  opdId?: string | null;
  registeredOn?: string;
  dueOn?: string;
  irbanUserId?: string | null;
  tlType?: TlType | null;
  /** PENELAAH users assigned at step 3 */
  reviewerIds?: string[];
  /** a team plan with these members; DISAHKAN once the SPT is signed */
  team?: { createdById: string; members: { userId: string; teamRole: TeamRole }[]; signed: boolean };
  /** who acts in the events (defaults to none: "Sistem") */
  actorId?: string | null;
}

/**
 * A case already at `status`, with the records that status implies for
 * scoping. Its history holds the receipt (step 1); later steps' records come
 * with the workflow.
 */
export async function seedCase(db: Db, o: SeedCaseOptions = {}) {
  const registeredOn = o.registeredOn ?? todayInJakarta();
  const year = Number(registeredOn.slice(0, 4));
  return db.$transaction(async (tx) => {
    const n = await nextInSequence(tx, "ADU", year);
    const registerNumber = formatRegisterNumber(year, n);
    const title = o.title ?? `Aduan uji ${n}`;
    const created = await tx.case.create({
      data: {
        registerNumber,
        searchText: searchTextOf(registerNumber, title),
        source: o.source ?? "MASYARAKAT",
        channel: "WEB",
        status: o.status ?? "DITERIMA",
        title,
        description: "Uraian aduan untuk pengujian.",
        opdId: o.opdId ?? null,
        registeredOn,
        // Test data: the due date is given or simply four weeks later (working days come with the SLA module).
        dueOn: o.dueOn ?? addCalendarDays(registeredOn, 28),
        irbanUserId: o.irbanUserId ?? null,
        tlType: o.tlType ?? null,
      },
    });
    await appendHistory(tx, created.id, {
      step: 1,
      type: "LANGKAH_1",
      toStatus: "DITERIMA",
      actorId: o.actorId ?? null,
      actorLabel: o.actorId ? null : "Sistem",
      data: { source: created.source },
    });
    const assigner = o.actorId ?? o.team?.createdById ?? null;
    for (const userId of o.reviewerIds ?? []) {
      if (!assigner) throw new Error("seedCase: reviewerIds need actorId (the Inspektur who assigns them)");
      await tx.caseReviewer.create({ data: { caseId: created.id, userId, assignedById: assigner } });
    }
    if (o.team) {
      await tx.teamPlan.create({
        data: {
          caseId: created.id,
          status: o.team.signed ? "DISAHKAN" : "DIAJUKAN",
          tlType: o.tlType ?? "KLARIFIKASI",
          objectives: "Tujuan uji",
          startOn: registeredOn,
          durationDays: 10,
          endOn: registeredOn,
          createdById: o.team.createdById,
          members: { create: o.team.members.map((m, i) => ({ ...m, position: i + 1 })) },
        },
      });
    }
    return created;
  });
}
