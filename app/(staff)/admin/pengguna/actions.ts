"use server";
// Thin wrappers: the session comes from formAction, the rules from lib/admin/users.ts.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { createUser, resetUserPassword, setUserActive, updateUser } from "@/lib/admin/users";
import { resetTwoFactor } from "@/lib/auth/two-factor";

export const createUserAction = formAction(async (actor, input) => {
  const { id } = await createUser(actor, input);
  revalidatePath("/admin/pengguna");
  return { redirectTo: `/admin/pengguna/${id}?pesan=dibuat` };
});

export const updateUserAction = formAction(async (actor, input) => {
  await updateUser(actor, input);
  revalidatePath("/admin/pengguna");
  return { redirectTo: `/admin/pengguna/${String(input.id)}?pesan=disimpan` };
});

export const setUserActiveAction = formAction(async (actor, input) => {
  const { active } = await setUserActive(actor, input);
  revalidatePath("/admin/pengguna");
  return { redirectTo: `/admin/pengguna/${String(input.id)}?pesan=${active ? "diaktifkan" : "dinonaktifkan"}` };
});

export const resetPasswordAction = formAction(async (actor, input) => {
  await resetUserPassword(actor, input);
  return { message: "Kata sandi sementara disimpan. Sampaikan kepada pengguna; ia wajib menggantinya saat masuk." };
});

/** For a user who lost their phone and their recovery codes. */
export const resetTwoFactorAction = formAction(async (actor, input) => {
  await resetTwoFactor(actor, input);
  revalidatePath(`/admin/pengguna/${String(input.id)}`);
  return { redirectTo: `/admin/pengguna/${String(input.id)}?pesan=dua-langkah-diatur-ulang` };
});
