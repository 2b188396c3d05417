// Step 6: the Irban and team draw up the team plan, the basis of the SPT.
import type { Actor } from "@/lib/auth/actor";
import { ValidationError } from "@/lib/errors";
import { formatCivilDate } from "@/lib/format/dates";
import { addWorkingDays, isWorkingDay } from "@/lib/sla/working-days";
import { TEAM_ROLE_LABELS } from "@/lib/workflow/inputs/team";
import { runStep } from "@/lib/workflow/run-step";
import { stepByNumber } from "@/lib/workflow/steps";
import { activeUsers, TEAM_ELIGIBLE_ROLES } from "./lookups";

const STEP = stepByNumber(6);

/** Who may be named in a team: the inspectorate's own supervisory staff. */
export function submitTeamPlan(actor: Actor, raw: unknown) {
  return runStep(actor, STEP, raw, {
    check: async ({ input, kase, calendar }) => {
      if (!kase.tlType) throw new Error(`case ${kase.id} was disposed without a TL type`);
      if (input.startOn < kase.registeredOn) {
        throw new ValidationError({
          startOn: [`Tanggal mulai tidak boleh sebelum aduan dicatat (${formatCivilDate(kase.registeredOn)}).`],
        });
      }
      if (!isWorkingDay(input.startOn, calendar.holidays)) {
        throw new ValidationError({ startOn: ["Tanggal mulai harus hari kerja."] });
      }
      const users = await activeUsers(
        input.members.map((m) => m.userId),
        TEAM_ELIGIBLE_ROLES,
        "members",
        "Anggota tim harus pegawai aktif Inspektorat (Inspektur, Irban, auditor atau penelaah).",
      );
      // The start day is day 1 of the assignment.
      const endOn = addWorkingDays(input.startOn, input.durationDays - 1, calendar.holidays);
      return { users, endOn };
    },
    outcome: () => ({ to: STEP.to }),
    write: async (tx, { kase, input, actor, now }, { users, endOn }) => {
      // An earlier plan of this case (returned SPT, reopened case) gives way to this one.
      await tx.teamPlan.updateMany({ where: { caseId: kase.id, status: { in: ["DRAF", "DIAJUKAN"] } }, data: { status: "DIGANTI" } });
      await tx.teamPlan.create({
        data: {
          caseId: kase.id,
          status: "DIAJUKAN",
          tlType: kase.tlType!,
          objectives: input.objectives,
          scope: input.scope,
          startOn: input.startOn,
          durationDays: input.durationDays,
          endOn,
          createdById: actor.id,
          createdAt: now,
          submittedAt: now,
          members: { create: input.members.map((m, i) => ({ userId: m.userId, teamRole: m.teamRole, position: i + 1 })) },
        },
      });
      return {
        startOn: input.startOn,
        endOn,
        durationDays: input.durationDays,
        members: input.members.map((m, i) => `${users[i]!.name} (${TEAM_ROLE_LABELS[m.teamRole]})`),
      };
    },
  });
}
