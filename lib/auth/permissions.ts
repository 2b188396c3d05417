// The closed list of what a role may do outside the twelve steps (the steps'
// roles live in the step table, lib/workflow/steps.ts). The server checks;
// the UI only hides what the server would refuse.
import type { Role } from "@/lib/enums";
import { ForbiddenError } from "@/lib/errors";

export const PERMISSIONS = [
  "inbox:view",
  "case:view",
  "case:register",
  "case:view-identity",
  "complainant:message",
  "lapak:import",
  "outbox:view",
  "wbs:decide-identity",
  "report:approve",
  "dashboard:view",
  "dashboard:own",
  "report:export",
  "admin:users",
  "admin:opds",
  "admin:holidays",
  "admin:settings",
  "admin:api-keys",
  "account:self",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const CASE_WORK: Permission[] = ["inbox:view", "case:view", "dashboard:own", "account:self"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  TIM_PENGADUAN: [...CASE_WORK, "case:register", "case:view-identity", "complainant:message", "lapak:import", "outbox:view"],
  INSPEKTUR: [...CASE_WORK, "case:view-identity", "wbs:decide-identity", "report:approve", "dashboard:view", "report:export"],
  PENELAAH: CASE_WORK,
  IRBAN: CASE_WORK,
  AUDITOR: CASE_WORK,
  KASUBAG_PERENCANAAN: CASE_WORK,
  PIMPINAN: ["dashboard:view", "report:export", "account:self"],
  ADMIN: ["admin:users", "admin:opds", "admin:holidays", "admin:settings", "admin:api-keys", "outbox:view", "account:self"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function throwIfNoPermission(actor: { role: Role }, permission: Permission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError();
}
