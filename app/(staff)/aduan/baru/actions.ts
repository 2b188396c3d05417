"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { formatCivilDate } from "@/lib/format/dates";
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
      dueOn: `${formatCivilDate(created.dueOn)}${created.dueIsEstimate ? " (perkiraan)" : ""}`,
    },
  };
});
