"use server";
// Two-step sign-in on the account page: set it up (a secret to scan, then a
// code to confirm), new recovery codes, turning it off where it is optional.
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { confirmEnrollment, disableTwoFactor, regenerateRecoveryCodes, startEnrollment } from "@/lib/auth/two-factor";

const PAGE = "/akun/dua-langkah";

export const startTwoFactorAction = formAction(
  async (actor) => {
    await startEnrollment(actor);
    revalidatePath(PAGE);
    return { message: "Pindai kode QR dengan aplikasi autentikator, lalu masukkan kode yang tampil." };
  },
  { allowBeforeTwoFactor: true },
);

/** The recovery codes travel in this response only: they are shown once and stored as hashes. */
export const confirmTwoFactorAction = formAction(
  async (actor, input) => {
    // No revalidation here: re-rendering the page would unmount the form that shows the codes.
    const { recoveryCodes } = await confirmEnrollment(actor, input);
    return { message: "Verifikasi dua langkah aktif.", data: { recoveryCodes: recoveryCodes.join(" ") } };
  },
  { allowBeforeTwoFactor: true },
);

export const regenerateCodesAction = formAction(async (actor, input) => {
  const { recoveryCodes } = await regenerateRecoveryCodes(actor, input);
  revalidatePath(PAGE);
  return { message: "Kode pemulihan baru dibuat; yang lama tidak berlaku lagi.", data: { recoveryCodes: recoveryCodes.join(" ") } };
});

export const disableTwoFactorAction = formAction(async (actor, input) => {
  await disableTwoFactor(actor, input);
  revalidatePath(PAGE);
  return { message: "Verifikasi dua langkah dimatikan." };
});
