// Who holds a step on a particular case (PROCEDURE.md "Roles"). Most steps are
// held by anyone with the step's role; steps 4, 6 and 10 by the people the case
// names: its reviewers, its Irban, its team (the step table's `heldBy`). The
// same relations decide which cases those roles see at all (scope.ts), whom a
// step's notice goes to (outbox/staff-notice.ts), what the case page says the
// step waits for (case-view.ts) and what an empty inbox explains.
import type { Prisma } from "@/prisma/generated/sqlite/client";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Role } from "@/lib/enums";
import type { StepDefinition } from "./steps";

export type CasePeople = "reviewers" | "irban" | "team";

interface PeopleRule {
  /** the role these people have */
  role: Role;
  /** the cases a person of this role sees: those that name them so */
  scope: (userId: string) => Prisma.CaseWhereInput;
  /** why a case reaches their inbox, after "when it reaches a step you take" */
  inboxCondition: string;
}

export const CASE_PEOPLE = {
  reviewers: {
    role: "PENELAAH",
    scope: (userId) => ({ reviewers: { some: { userId } } }),
    inboxCondition: "dan Anda ditunjuk sebagai penelaah",
  },
  irban: {
    role: "IRBAN",
    scope: (userId) => ({ irbanUserId: userId }),
    inboxCondition: "dan didisposisikan kepada Anda",
  },
  // Named in a team plan whose SPT has been signed.
  team: {
    role: "AUDITOR",
    scope: (userId) => ({ teamPlans: { some: { status: "DISAHKAN", members: { some: { userId } } } } }),
    inboxCondition: "dan Anda tercantum dalam SPT yang telah ditandatangani",
  },
} as const satisfies Record<CasePeople, PeopleRule>;

/** The rule for the people of a role that the case names, if the role is one of those. */
export function casePeopleOfRole(role: Role): PeopleRule | undefined {
  return Object.values(CASE_PEOPLE).find((p) => p.role === role);
}

type Person = { id: string; name: string };

/** What holdersOf needs of a case: load it with PEOPLE_SELECT. */
export interface CasePeopleRow {
  irbanUser: Person | null;
  reviewers: { user: Person }[];
  teamPlans: { members: { user: Person }[] }[];
}

export const PEOPLE_SELECT = {
  irbanUser: { select: { id: true, name: true } },
  reviewers: { select: { user: { select: { id: true, name: true } } } },
  teamPlans: { where: { status: "DISAHKAN" }, select: { members: { select: { user: { select: { id: true, name: true } } } } } },
} as const satisfies Prisma.CaseSelect;

function peopleOf(relation: CasePeople, kase: CasePeopleRow): Person[] {
  switch (relation) {
    case "reviewers":
      return kase.reviewers.map((r) => r.user);
    case "irban":
      return kase.irbanUser ? [kase.irbanUser] : [];
    case "team": {
      const members = kase.teamPlans.flatMap((p) => p.members.map((m) => m.user));
      return members.filter((m, i) => members.findIndex((o) => o.id === m.id) === i);
    }
  }
}

export interface Holders {
  /** the staff roles that take the step */
  roles: Role[];
  /** the people of the case who hold it, by relation in the table's order; null when anyone with the roles does */
  groups: { relation: CasePeople; role: Role; people: Person[] }[] | null;
}

export function holdersOf(step: Pick<StepDefinition, "actors" | "heldBy">, kase: CasePeopleRow): Holders {
  const roles = step.actors.filter((a): a is Role => a in ROLE_LABELS);
  if (!step.heldBy) return { roles, groups: null };
  return { roles, groups: step.heldBy.map((relation) => ({ relation, role: CASE_PEOPLE[relation].role, people: peopleOf(relation, kase) })) };
}

/** The user ids that hold the step on this case, or null when anyone with its roles does. */
export function holderIds(holders: Holders): string[] | null {
  return holders.groups ? holders.groups.flatMap((g) => g.people.map((p) => p.id)) : null;
}

/** Who the step waits for, as specifically as the case knows: the team, else its Irban, else the role. */
export function describeHolders(holders: Holders, actors: readonly string[]): string {
  if (holders.groups) {
    const named = holders.groups.filter((g) => g.people.length > 0).at(-1);
    if (!named) return ROLE_LABELS[holders.groups[0]!.role];
    const names = named.people.map((p) => p.name).join(", ");
    return named.relation === "team" ? `Tim: ${names}` : names;
  }
  if (holders.roles.length) return holders.roles.map((r) => ROLE_LABELS[r]).join(" atau ");
  return actors.includes("PELAPOR") ? "Pelapor" : "Sistem";
}
