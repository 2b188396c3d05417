"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { saveFollowUpDeadlines } from "@/lib/follow-up/deadline-settings";
import { saveStepTargets } from "@/lib/sla/step-targets";

export const saveTargetsAction = formAction(async (actor, input) => {
  const r = await saveStepTargets(actor, input);
  revalidatePath("/admin/target-langkah");
  return { message: `Target disimpan. Target langkah ${r.changed} dari ${r.checked} aduan terbuka dihitung ulang.` };
});

export const saveFollowUpDeadlinesAction = formAction(async (actor, input) => {
  await saveFollowUpDeadlines(actor, input);
  revalidatePath("/admin/target-langkah");
  return { message: "Batas waktu tindak lanjut disimpan; berlaku bagi rekomendasi yang dicatat sesudah ini." };
});
