// The closed list of what a role may do outside the twelve steps (the steps'
// roles live in the step table, lib/workflow/steps.ts). The server checks;
// the UI only hides what the server would refuse.
import type { Role } from "@/lib/enums";
import { ForbiddenError } from "@/lib/errors";
import { CASE_ROLES } from "@/lib/workflow/steps";

export const PERMISSIONS = [
  "inbox:view",
  "case:view",
  "case:register",
  "case:view-identity",
  "complainant:message",
  "lapak:import",
  "outbox:view",
  "wbs:decide-identity",
  "dashboard:view",
  "dashboard:own",
  "report:export",
  "admin:users",
  "admin:opds",
  "admin:holidays",
  "admin:settings",
  "admin:api-keys",
  "account:approve",
  "account:self",
  "followup:view",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** What every role that works cases may do (the roles that take steps: CASE_ROLES of the step table). */
const CASE_WORK: Permission[] = ["inbox:view", "case:view", "dashboard:own", "account:self"];

/** What a role may do beyond working cases. */
const OWN_PERMISSIONS: Record<Role, readonly Permission[]> = {
  TIM_PENGADUAN: ["case:register", "case:view-identity", "complainant:message", "lapak:import", "outbox:view"],
  INSPEKTUR: ["case:view-identity", "wbs:decide-identity", "dashboard:view", "report:export", "account:approve", "followup:view"],
  PENELAAH: [],
  IRBAN: ["followup:view"],
  AUDITOR: [],
  KASUBAG_PERENCANAAN: [],
  PIMPINAN: ["dashboard:view", "report:export", "account:self"],
  ADMIN: ["admin:users", "admin:opds", "admin:holidays", "admin:settings", "admin:api-keys", "outbox:view", "account:self"],
  // The OPD's liaison follows up the recommendations addressed to their OPD, and nothing of the cases (issue 18).
  OPD: ["followup:view", "account:self"],
};

export const ROLE_PERMISSIONS = Object.fromEntries(
  (Object.keys(OWN_PERMISSIONS) as Role[]).map((role) => [role, CASE_ROLES.includes(role) ? [...CASE_WORK, ...OWN_PERMISSIONS[role]] : OWN_PERMISSIONS[role]]),
) as Record<Role, readonly Permission[]>;

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * The roles that see complainants' identities or decide who may (PROCEDURE.md
 * "Roles", separation of duties): given to a user, and a new password for one
 * who holds them, only with the active Inspektur's approval.
 */
export const IDENTITY_ROLES: readonly Role[] = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter(
  (r) => can(r, "case:view-identity") || can(r, "wbs:decide-identity"),
);

export const holdsIdentityRole = (role: Role) => IDENTITY_ROLES.includes(role);

/** Whether a user may work in their role now: an identity role only once approved. */
export function roleInEffect(user: { role: Role; roleApprovedAt: Date | null }): boolean {
  return !holdsIdentityRole(user.role) || user.roleApprovedAt !== null;
}

export function throwIfNoPermission(actor: { role: Role }, permission: Permission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError();
}
