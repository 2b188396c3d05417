"use server";
import { changeOwnPassword, signOutEverywhere } from "@/lib/account/account";
import { formAction } from "@/lib/auth/action";

export const changePasswordAction = formAction(
  async (actor, input) => {
    await changeOwnPassword(actor, input);
    return { redirectTo: "/masuk?alasan=sandi-diubah" };
  },
  { allowTemporaryPassword: true, allowBeforeTwoFactor: true },
);

export const signOutEverywhereAction = formAction(
  async (actor) => {
    await signOutEverywhere(actor);
    return { redirectTo: "/masuk?alasan=keluar-semua" };
  },
  { allowTemporaryPassword: true, allowBeforeTwoFactor: true },
);
