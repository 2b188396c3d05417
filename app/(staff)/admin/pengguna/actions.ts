"use server";
// Thin wrappers: the session comes from formAction, the rules from lib/admin/users.ts.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { createUser, resetUserPassword, setUserActive, updateUser } from "@/lib/admin/users";
import { resetTwoFactor } from "@/lib/auth/two-factor";

/** Shown once in the response (never in a URL): the one-time password, or that the Inspektur decides first. */
function accountData(result: { oneTimePassword: string | null; awaitingApproval: boolean }, username: unknown): Record<string, string> {
  return result.oneTimePassword
    ? {
        username: String(username ?? "")
          .trim()
          .toLowerCase(),
        code: result.oneTimePassword,
      }
    : { awaitingApproval: "1" };
}

export const createUserAction = formAction(async (actor, input) => {
  const created = await createUser(actor, input);
  revalidatePath("/admin/pengguna");
  return {
    message: created.awaitingApproval
      ? "Pengguna dibuat. Perannya menunggu persetujuan Inspektur; setelah disetujui, Inspektur menyerahkan kata sandi sekali pakai kepadanya."
      : "Pengguna dibuat.",
    data: { userId: created.id, ...accountData(created, input.username) },
  };
});

export const updateUserAction = formAction(async (actor, input) => {
  const { awaitingApproval } = await updateUser(actor, input);
  revalidatePath("/admin/pengguna");
  return { redirectTo: `/admin/pengguna/${String(input.id)}?pesan=${awaitingApproval ? "menunggu-persetujuan" : "disimpan"}` };
});

export const setUserActiveAction = formAction(async (actor, input) => {
  const { active } = await setUserActive(actor, input);
  revalidatePath("/admin/pengguna");
  return { redirectTo: `/admin/pengguna/${String(input.id)}?pesan=${active ? "diaktifkan" : "dinonaktifkan"}` };
});

export const resetPasswordAction = formAction(async (actor, input) => {
  const result = await resetUserPassword(actor, input);
  revalidatePath(`/admin/pengguna/${String(input.id)}`);
  return {
    message: result.awaitingApproval
      ? "Permintaan disampaikan kepada Inspektur. Setelah disetujui, Inspektur menyerahkan kata sandi sekali pakai kepada pengguna."
      : "Semua sesi pengguna ini telah berakhir; kata sandi lamanya tidak berlaku lagi.",
    data: accountData(result, result.username),
  };
});

/** For a user who lost their phone and their recovery codes. */
export const resetTwoFactorAction = formAction(async (actor, input) => {
  await resetTwoFactor(actor, input);
  revalidatePath(`/admin/pengguna/${String(input.id)}`);
  return { redirectTo: `/admin/pengguna/${String(input.id)}?pesan=dua-langkah-diatur-ulang` };
});
