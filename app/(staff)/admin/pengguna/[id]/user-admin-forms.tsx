"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { FormNotice, SubmitButton, TextField } from "@/app/_components/fields";
import { resetPasswordAction, resetTwoFactorAction, setUserActiveAction } from "../actions";

export function ResetPasswordForm({ userId }: { userId: string }) {
  const [state, action] = useFormAction(resetPasswordAction);
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="id" value={userId} />
      <TextField
        name="password"
        label="Kata sandi sementara baru"
        type="password"
        required
        state={state}
        autoComplete="new-password"
        hint="Minimal 12 karakter. Semua sesi pengguna ini berakhir dan ia wajib mengganti kata sandi saat masuk."
      />
      <div>
        <SubmitButton>Atur ulang kata sandi</SubmitButton>
      </div>
    </form>
  );
}

export function ActivationForm({ userId, active, name }: { userId: string; active: boolean; name: string }) {
  const [state, action] = useFormAction(setUserActiveAction);
  return (
    <form action={action}>
      <FormNotice state={state} />
      <input type="hidden" name="id" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      {active ? (
        <ConfirmSubmit
          danger
          title="Nonaktifkan pengguna?"
          confirmLabel="Ya, nonaktifkan"
          body={
            <p>
              {name} tidak akan dapat masuk lagi dan semua sesinya yang sedang terbuka segera berakhir. Riwayat pekerjaannya tetap
              tersimpan. Akun dapat diaktifkan kembali.
            </p>
          }
        >
          Nonaktifkan pengguna
        </ConfirmSubmit>
      ) : (
        <SubmitButton pendingText="Mengaktifkan…">Aktifkan kembali</SubmitButton>
      )}
    </form>
  );
}

export function ResetTwoFactorForm({ userId, name, required }: { userId: string; name: string; required: boolean }) {
  const [state, action] = useFormAction(resetTwoFactorAction);
  return (
    <form action={action}>
      <FormNotice state={state} />
      <input type="hidden" name="id" value={userId} />
      <ConfirmSubmit
        danger
        title="Atur ulang verifikasi dua langkah?"
        confirmLabel="Ya, atur ulang"
        body={
          <p>
            Aplikasi autentikator dan kode pemulihan {name} tidak berlaku lagi, dan semua sesinya berakhir.
            {required ? " Ia wajib menyiapkan verifikasi dua langkah lagi saat masuk berikutnya." : ""} Lakukan ini hanya setelah
            memastikan identitas pengguna.
          </p>
        }
      >
        Atur ulang verifikasi dua langkah
      </ConfirmSubmit>
    </form>
  );
}
