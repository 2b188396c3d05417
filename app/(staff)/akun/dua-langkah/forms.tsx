"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { FormNotice, SubmitButton, TextField } from "@/app/_components/fields";
import type { ActionState } from "@/lib/auth/action-state";
import { confirmTwoFactorAction, disableTwoFactorAction, regenerateCodesAction, startTwoFactorAction } from "./actions";

function RecoveryCodes({ state, done }: { state: ActionState; done?: boolean }) {
  const codes = state.status === "ok" && typeof state.data?.recoveryCodes === "string" ? state.data.recoveryCodes.split(" ") : null;
  if (!codes) return null;
  return (
    <section className="receipt" data-testid="recovery-codes" tabIndex={-1}>
      <h3 style={{ marginTop: 0 }}>Kode pemulihan</h3>
      <p>
        Simpan sepuluh kode ini di tempat aman (dicetak, atau di pengelola kata sandi). Masing-masing dapat dipakai <strong>sekali</strong> untuk masuk bila
        ponsel Anda hilang. Kode hanya ditampilkan <strong>sekali ini</strong>.
      </p>
      <ol className="mono" style={{ columns: 2 }}>
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
      <div className="actions no-print">
        <button type="button" className="secondary" onClick={() => window.print()}>
          Cetak
        </button>
        {done ? (
          <a className="button" href="/beranda">
            Sudah saya simpan, lanjut ke SIPADU
          </a>
        ) : null}
      </div>
    </section>
  );
}

export function StartForm() {
  const [state, action] = useFormAction(startTwoFactorAction);
  return (
    <form action={action}>
      <FormNotice state={state} />
      <SubmitButton>Siapkan verifikasi dua langkah</SubmitButton>
    </form>
  );
}

export function ConfirmForm() {
  const [state, action] = useFormAction(confirmTwoFactorAction);
  if (state.status === "ok") return <RecoveryCodes state={state} done />;
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      <TextField
        name="code"
        label="Kode dari aplikasi autentikator"
        required
        state={state}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        hint="6 angka; berganti setiap 30 detik."
      />
      <div>
        <SubmitButton>Aktifkan</SubmitButton>
      </div>
    </form>
  );
}

export function RegenerateForm() {
  const [state, action] = useFormAction(regenerateCodesAction);
  return (
    <>
      <RecoveryCodes state={state} />
      <form action={action} className="stack" noValidate>
        <FormNotice state={state} />
        <TextField name="code" label="Kode dari aplikasi autentikator" required state={state} inputMode="numeric" autoComplete="one-time-code" maxLength={7} />
        <div>
          <SubmitButton>Buat kode pemulihan baru</SubmitButton>
        </div>
      </form>
    </>
  );
}

export function DisableForm() {
  const [state, action] = useFormAction(disableTwoFactorAction);
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      <TextField name="password" label="Kata sandi" type="password" required state={state} autoComplete="current-password" />
      <TextField name="code" label="Kode dari aplikasi autentikator" required state={state} inputMode="numeric" autoComplete="one-time-code" maxLength={7} />
      <div>
        <ConfirmSubmit title="Matikan verifikasi dua langkah?" confirmLabel="Ya, matikan" body={<p>Setelah ini Anda masuk hanya dengan kata sandi.</p>} danger>
          Matikan verifikasi dua langkah
        </ConfirmSubmit>
      </div>
    </form>
  );
}
