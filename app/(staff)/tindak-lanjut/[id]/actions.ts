"use server";
// The follow-up actions: each hands the form to one domain function and returns to the recommendation's page.
import { revalidatePath } from "next/cache";
import { formAction, type ActionOutcome } from "@/lib/auth/action";
import { assessResponse } from "@/lib/follow-up/assess";
import { editRecommendation } from "@/lib/follow-up/edit";
import { overruleFollowUp } from "@/lib/follow-up/overrule";
import { respondToRecommendation } from "@/lib/follow-up/respond";

function done(message: string) {
  return ({ recommendationId, caseId }: { recommendationId: string; caseId: string }): ActionOutcome => {
    revalidatePath("/tindak-lanjut");
    revalidatePath(`/aduan/${caseId}`);
    return { redirectTo: `/tindak-lanjut/${recommendationId}?pesan=${message}` };
  };
}

export const respondAction = formAction(async (a, i) => done("ditanggapi")(await respondToRecommendation(a, i)));
export const assessAction = formAction(async (a, i) => done("dinilai")(await assessResponse(a, i)));
export const overruleAction = formAction(async (a, i) => done("ditetapkan")(await overruleFollowUp(a, i)));
export const editAction = formAction(async (a, i) => done("diubah")(await editRecommendation(a, i)));
