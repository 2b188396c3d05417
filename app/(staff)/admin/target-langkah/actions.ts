"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { saveStepTargets } from "@/lib/sla/step-targets";

export const saveTargetsAction = formAction(async (actor, input) => {
  const r = await saveStepTargets(actor, input);
  revalidatePath("/admin/target-langkah");
  return { message: `Target disimpan. Target langkah ${r.changed} dari ${r.checked} aduan terbuka dihitung ulang.` };
});
