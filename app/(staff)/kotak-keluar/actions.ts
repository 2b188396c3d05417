"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { retryMessage } from "@/lib/outbox/retry";

export const retryAction = formAction(async (actor, input) => {
  await retryMessage(actor, input);
  revalidatePath("/kotak-keluar");
  return { message: "Pesan dijadwalkan untuk dikirim ulang sekarang." };
});
