"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { createOpd, updateOpd } from "@/lib/admin/opds";

export const createOpdAction = formAction(async (actor, input) => {
  await createOpd(actor, input);
  revalidatePath("/admin/opd");
  return { redirectTo: "/admin/opd?pesan=dibuat" };
});

export const updateOpdAction = formAction(async (actor, input) => {
  await updateOpd(actor, input);
  revalidatePath("/admin/opd");
  return { redirectTo: "/admin/opd?pesan=disimpan" };
});
