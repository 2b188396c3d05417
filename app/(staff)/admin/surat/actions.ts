"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { saveLambang, saveLetterSettings } from "@/lib/documents/letter-settings";

export const saveLetterSettingsAction = formAction(async (actor, input) => {
  await saveLetterSettings(actor, input);
  revalidatePath("/admin/surat");
  return { message: "Pengaturan surat disimpan. Berlaku untuk dokumen yang ditandatangani sesudah ini." };
});

export const saveLambangAction = formAction(async (actor, input) => {
  await saveLambang(actor, input);
  revalidatePath("/admin/surat");
  return { message: "Lambang diganti." };
});
