"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { FormNotice, SubmitButton, TextField } from "@/app/_components/fields";
import { createKeyAction, revokeKeyAction } from "./actions";

export function CreateKeyForm() {
  const [state, action] = useFormAction(createKeyAction);
  if (state.status === "ok" && state.data) {
    return (
      <section className="receipt" data-testid="new-key">
        <h3 style={{ marginTop: 0 }}>Kunci baru — catat sekarang</h3>
        <dl className="facts">
          <dt>X-Api-Key</dt>
          <dd className="code">{state.data.key}</dd>
          <dt>Rahasia tanda tangan</dt>
          <dd className="code">{state.data.secret}</dd>
        </dl>
        <p>Keduanya hanya ditampilkan sekali ini. Sampaikan kepada pengelola Lapak Aduan melalui saluran yang aman.</p>
        <a href="/admin/lapak-aduan">Selesai</a>
      </section>
    );
  }
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      <TextField name="name" label="Nama kunci" required state={state} hint="Misalnya: Lapak Aduan produksi." />
      <div>
        <SubmitButton>Buat kunci</SubmitButton>
      </div>
    </form>
  );
}

export function RevokeKeyForm({ id, name }: { id: string; name: string }) {
  const [state, action] = useFormAction(revokeKeyAction);
  return (
    <form action={action}>
      <FormNotice state={state} />
      <input type="hidden" name="id" value={id} />
      <ConfirmSubmit
        danger
        title={`Cabut kunci ${name}?`}
        confirmLabel="Ya, cabut"
        body={<p>Permintaan dengan kunci ini langsung ditolak. Tidak dapat dibatalkan.</p>}
      >
        Cabut
      </ConfirmSubmit>
    </form>
  );
}
