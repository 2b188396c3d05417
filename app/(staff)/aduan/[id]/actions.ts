"use server";
// The case page's actions: each hands the form to one domain function and
// returns to the case page. Nothing else happens here.
import { revalidatePath } from "next/cache";
import { formAction, type ActionOutcome } from "@/lib/auth/action";
import { approveReport } from "@/lib/steps/approve-report";
import { dispose } from "@/lib/steps/dispose";
import { distributeSpt } from "@/lib/steps/distribute-spt";
import { draftSpt } from "@/lib/steps/draft-spt";
import { addWorkNote, deleteFinding, saveFinding, saveReport } from "@/lib/steps/field-work";
import { forwardToInspektur } from "@/lib/steps/forward-to-inspektur";
import { notifyComplainant } from "@/lib/steps/notify-complainant";
import { orderReview } from "@/lib/steps/order-review";
import { submitQuickReview } from "@/lib/steps/quick-review";
import { signSpt } from "@/lib/steps/sign-spt";
import { submitReport } from "@/lib/steps/submit-report";
import { submitTeamPlan } from "@/lib/steps/team-plan";
import { REPORT_APPROVAL } from "@/lib/workflow/steps";

function afterStep(step: number) {
  return ({ caseId, to }: { caseId: string; to: string }): ActionOutcome => {
    revalidatePath("/aduan");
    revalidatePath(`/aduan/${caseId}`);
    // Where it led, so the page says what was done (signed, or returned).
    return { redirectTo: `/aduan/${caseId}?${new URLSearchParams({ langkah: String(step), ke: to })}` };
  };
}

/** Field work stays on the page; the case id was checked (in scope, step 10) by the domain function. */
function saved(message: string, caseId: unknown): ActionOutcome {
  revalidatePath(`/aduan/${String(caseId)}`);
  return { message };
}

export const forwardAction = formAction(async (a, i) => afterStep(2)(await forwardToInspektur(a, i)));
export const orderReviewAction = formAction(async (a, i) => afterStep(3)(await orderReview(a, i)));
export const quickReviewAction = formAction(async (a, i) => afterStep(4)(await submitQuickReview(a, i)));
export const disposeAction = formAction(async (a, i) => afterStep(5)(await dispose(a, i)));
export const teamPlanAction = formAction(async (a, i) => afterStep(6)(await submitTeamPlan(a, i)));
export const draftSptAction = formAction(async (a, i) => afterStep(7)(await draftSpt(a, i)));
export const signSptAction = formAction(async (a, i) => afterStep(8)(await signSpt(a, i)));
export const distributeSptAction = formAction(async (a, i) => afterStep(9)(await distributeSpt(a, i)));
export const submitReportAction = formAction(async (a, i) => afterStep(10)(await submitReport(a, i)));
export const notifyAction = formAction(async (a, i) => afterStep(11)(await notifyComplainant(a, i)));

export const approveReportAction = formAction(async (a, i) => afterStep(REPORT_APPROVAL)(await approveReport(a, i)));

export const workNoteAction = formAction(async (a, i) => {
  await addWorkNote(a, i);
  return saved("Catatan kerja disimpan.", i.caseId);
});
export const findingAction = formAction(async (a, i) => {
  const { position } = await saveFinding(a, i);
  return saved(`Temuan ${position} disimpan.`, i.caseId);
});
export const deleteFindingAction = formAction(async (a, i) => {
  await deleteFinding(a, i);
  return saved("Temuan dihapus.", i.caseId);
});
export const reportAction = formAction(async (a, i) => {
  await saveReport(a, i);
  return saved("Draf laporan disimpan.", i.caseId);
});
