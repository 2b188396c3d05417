"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { ESTIMATE_NOTE, formatDueOn } from "@/lib/sla/calendar";
import { registerCase } from "@/lib/steps/receive";

export const registerCaseAction = formAction(async (actor, input) => {
  const created = await registerCase(actor, input);
  revalidatePath("/aduan");
  // The receipt code is shown once, in this response, and never put in a URL.
  return {
    message: "Aduan dicatat.",
    data: {
      caseId: created.id,
      registerNumber: created.registerNumber,
      receiptCode: created.receiptCode,
      dueOn: formatDueOn(created.dueOn, created.dueIsEstimate),
      ...(created.dueIsEstimate ? { dueNote: ESTIMATE_NOTE } : {}),
    },
  };
});
