"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { createApiKey, revokeApiKey } from "@/lib/intake/api-keys";

export const createKeyAction = formAction(async (actor, input) => {
  const k = await createApiKey(actor, input);
  revalidatePath("/admin/lapak-aduan");
  // Shown once, in this response.
  return { message: "Kunci dibuat.", data: { key: k.key, secret: k.secret } };
});

export const revokeKeyAction = formAction(async (actor, input) => {
  await revokeApiKey(actor, input);
  revalidatePath("/admin/lapak-aduan");
  return { message: "Kunci dicabut." };
});
