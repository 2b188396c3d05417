"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { FormNotice, SubmitButton, TextField } from "@/app/_components/fields";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

export function ChangePasswordForm() {
  const [state, action] = useFormAction(changePasswordAction);
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      <TextField name="currentPassword" label="Kata sandi saat ini" type="password" required state={state} autoComplete="current-password" />
      <TextField
        name="newPassword"
        label="Kata sandi baru"
        type="password"
        required
        state={state}
        autoComplete="new-password"
        hint="Minimal 12 karakter. Kalimat pendek yang mudah Anda ingat lebih aman daripada kata acak yang pendek."
      />
      <TextField name="confirmPassword" label="Ulangi kata sandi baru" type="password" required state={state} autoComplete="new-password" />
      <div>
        <SubmitButton>Ganti kata sandi</SubmitButton>
      </div>
    </form>
  );
}

export function SignOutEverywhereForm() {
  const [state, action] = useFormAction(signOutEverywhereAction);
  return (
    <form action={action}>
      <FormNotice state={state} />
      <ConfirmSubmit
        title="Keluar dari semua perangkat?"
        confirmLabel="Ya, keluar dari semua"
        body={<p>Semua sesi akun Anda, termasuk yang ini, segera berakhir. Anda perlu masuk kembali.</p>}
      >
        Keluar dari semua perangkat
      </ConfirmSubmit>
    </form>
  );
}
