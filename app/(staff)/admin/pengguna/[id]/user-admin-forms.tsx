"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { FormNotice, SubmitButton } from "@/app/_components/fields";
import { OneTimePasswordPanel } from "@/app/_components/one-time-password";
import { resetPasswordAction, resetTwoFactorAction, setUserActiveAction } from "../actions";

export function ResetPasswordForm({ userId, name, needsApproval }: { userId: string; name: string; needsApproval: boolean }) {
  const [state, action] = useFormAction(resetPasswordAction);
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      {state.status === "ok" && state.data?.code ? <OneTimePasswordPanel username={state.data.username!} code={state.data.code} /> : null}
      <input type="hidden" name="id" value={userId} />
      <p className="hint">
        {needsApproval
          ? "Peran ini melihat identitas pelapor: kata sandi baru diberikan setelah Inspektur menyetujuinya, dan Inspektur yang menyerahkannya."
          : "SIPADU membuat kata sandi sekali pakai (berlaku 3 hari) yang wajib diganti saat pengguna masuk."}
      </p>
      <div>
        <ConfirmSubmit
          title="Buat kata sandi sekali pakai?"
          confirmLabel={needsApproval ? "Ya, minta persetujuan" : "Ya, buat kata sandi"}
          body={
            <p>
              Kata sandi {name} yang sekarang tidak berlaku lagi{needsApproval ? " setelah Inspektur menyetujui" : ""}, dan semua sesinya berakhir.
            </p>
          }
        >
          {needsApproval ? "Minta kata sandi baru" : "Buat kata sandi sekali pakai"}
        </ConfirmSubmit>
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
              {name} tidak akan dapat masuk lagi dan semua sesinya yang sedang terbuka segera berakhir. Riwayat pekerjaannya tetap tersimpan. Akun dapat
              diaktifkan kembali.
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
            {required ? " Ia wajib menyiapkan verifikasi dua langkah lagi saat masuk berikutnya." : ""} Lakukan ini hanya setelah memastikan identitas pengguna.
          </p>
        }
      >
        Atur ulang verifikasi dua langkah
      </ConfirmSubmit>
    </form>
  );
}
