// Everything the case page shows, loaded within the actor's scope. The
// complainant's identity is loaded only for those who may see it.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { todayInJakarta } from "@/lib/format/dates";
import { dueState, loadCalendar } from "@/lib/sla/calendar";
import { mayCloseIncomplete } from "@/lib/sla/pause";
import { FINAL_STATUSES } from "./statuses";
import { describeHolders, holdersOf, type CasePeopleRow } from "./holders";
import { loadCaseForActor } from "./scope";
import { canAct, stepWaitingAt, type StepDefinition } from "./steps";

const userName = { select: { id: true, name: true } } as const;

export async function loadCaseView(actor: Actor, caseId: string) {
  const kase = await loadCaseForActor(actor, caseId, {
    include: {
      opd: true,
      irbanUser: userName,
      registeredBy: userName,
      duplicateOf: { select: { id: true, registerNumber: true } },
      attachments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          fileName: true,
          mimeType: true,
          size: true,
          kind: true,
          createdAt: true,
          findingId: true,
          fromReporter: true,
          uploadedBy: userName,
        },
      },
      reviewers: { include: { user: userName } },
      reviews: { orderBy: { submittedAt: "asc" }, include: { criteria: true, submittedBy: userName } },
      decisions: { orderBy: { decidedAt: "asc" }, include: { decidedBy: userName, irbanUser: userName } },
      teamPlans: {
        orderBy: { createdAt: "asc" },
        include: {
          createdBy: userName,
          members: {
            orderBy: { position: "asc" },
            include: { user: { select: { id: true, name: true, nip: true, pangkat: true, golongan: true, jabatan: true } } },
          },
        },
      },
      documents: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          type: true,
          status: true,
          number: true,
          content: true,
          revision: true,
          sha256: true,
          verificationCode: true,
          signedAt: true,
          signedBy: userName,
          createdAt: true,
        },
      },
      history: { orderBy: { seq: "asc" }, include: { actor: userName } },
      messages: { orderBy: { createdAt: "asc" }, include: { author: userName } },
      workNotes: { orderBy: { createdAt: "asc" }, include: { author: userName } },
      findings: { orderBy: { position: "asc" } },
      recommendations: { orderBy: { position: "asc" }, include: { opd: { select: { name: true } } } },
      fieldReport: true,
    },
  });
  const mayIdentify = can(actor.role, "case:view-identity") && kase.source !== "WBS";
  const reporter = mayIdentify ? await db.reporter.findUnique({ where: { caseId: kase.id } }) : null;
  const wbs = kase.source === "WBS" ? await wbsIdentityState(actor, kase.id) : null;
  const calendar = await loadCalendar(db);
  const today = todayInJakarta();
  const finished = (FINAL_STATUSES as readonly string[]).includes(kase.status);
  const step = stepWaitingAt(kase.status);
  return {
    kase,
    reporter,
    mayIdentify,
    wbs,
    today,
    calendar,
    due: dueState(calendar, kase.dueOn, today, { followedUpOn: kase.followedUpOn, closed: finished, paused: kase.clockPausedOn !== null }),
    stepDue: kase.stepDueOn && !finished && !kase.clockPausedOn ? dueState(calendar, kase.stepDueOn, today) : null,
    mayCloseIncomplete: can(actor.role, "complainant:message") && !finished && mayCloseIncomplete(kase, today, calendar.holidays),
    mayAskComplainant: can(actor.role, "complainant:message") && !finished,
    /** whether the recommendations link to their follow-up pages (the Irban who led the case, the Inspektur) */
    mayOpenFollowUp: can(actor.role, "followup:view") && (actor.role !== "IRBAN" || kase.irbanUserId === actor.id),
    pending: step ? { step, myTurn: canAct(actor.role, step, kase.status), waitingFor: waitingFor(step, kase) } : null,
  };
}

export type CaseView = Awaited<ReturnType<typeof loadCaseView>>;

/** What the actor may do about a WBS reporter's sealed identity on this case. */
async function wbsIdentityState(actor: Actor, caseId: string) {
  const sealed = await db.reporter.findFirst({ where: { caseId, sealed: { not: null } }, select: { id: true } });
  if (!sealed) return { sealed: false as const };
  const decides = can(actor.role, "wbs:decide-identity");
  const requests = await db.identityAccessRequest.findMany({
    where: decides ? { caseId } : { caseId, requestedById: actor.id },
    orderBy: { createdAt: "desc" },
    include: { requestedBy: { select: { name: true } }, decidedBy: { select: { name: true } } },
  });
  return { sealed: true as const, decides, mayView: decides || requests.some((r) => r.status === "DISETUJUI"), requests };
}

/** Who the pending step waits for, as specifically as the case knows (holders.ts). */
function waitingFor(
  step: StepDefinition,
  kase: Omit<CasePeopleRow, "teamPlans"> & { teamPlans: (CasePeopleRow["teamPlans"][number] & { status: string })[] },
): string {
  const approved = { ...kase, teamPlans: kase.teamPlans.filter((p) => p.status === "DISAHKAN") };
  return describeHolders(holdersOf(step, approved), step.actors);
}
