"use client";
// How the letter will be signed electronically, on the signing forms (steps
// 8 and 10a); with a remote signing service, the NIK and passphrase the
// Inspektur types for this one signature (never stored).
import { TextField } from "@/app/_components/fields";
import type { ActionState } from "@/lib/auth/action-state";

export type TteMode = "demo" | "local" | "remote";

export function TteFields({ mode, state }: { mode: TteMode; state: ActionState }) {
  if (mode === "remote") {
    return (
      <fieldset data-testid="tte-fields">
        <legend>Tanda tangan elektronik (TTE)</legend>
        <p className="hint">NIK dan passphrase dikirim ke layanan TTE untuk tanda tangan ini saja dan tidak disimpan SIPADU.</p>
        <div className="grid-2">
          <TextField name="tteNik" label="NIK" required inputMode="numeric" maxLength={16} state={state} hint="16 angka, sesuai sertifikat elektronik Anda." />
          <TextField name="ttePassphrase" label="Passphrase TTE" type="password" required maxLength={200} state={state} />
        </div>
      </fieldset>
    );
  }
  return (
    <p className="hint" data-testid="tte-note">
      {mode === "demo"
        ? "PDF akan ditandatangani secara elektronik dengan sertifikat DEMO (bukan tanda tangan elektronik yang sah)."
        : "PDF akan ditandatangani secara elektronik dengan sertifikat Anda yang terpasang di server SIPADU."}
    </p>
  );
}
