"use client";
import { useActionState } from "react";
import { FormNotice, SubmitButton, errorsOf } from "@/app/_components/fields";
import { IDLE } from "@/lib/auth/action-state";
import { checkFileAction } from "./actions";

export function CheckFileForm({ code }: { code: string }) {
  const [state, action] = useActionState(checkFileAction, IDLE);
  const errors = errorsOf(state, "berkas");
  return (
    <form action={action} className="stack" noValidate>
      <input type="hidden" name="code" value={code} />
      <FormNotice state={state} />
      {state.status === "ok" && state.data ? (
        state.data.genuine === "ya" ? (
          <p className="notice ok" role="status" data-testid="file-check">
            ASLI: berkas ini sama persis dengan {state.data.format} yang ditandatangani.
          </p>
        ) : (
          <p className="notice error" role="status" data-testid="file-check">
            TIDAK ASLI: berkas ini berbeda dari dokumen yang ditandatangani.
          </p>
        )
      ) : null}
      <div className="field">
        <label htmlFor="berkas">Periksa berkas yang Anda terima</label>
        <p className="hint" id="berkas-hint">
          PDF atau DOCX; berkas hanya dibandingkan sidik jarinya (SHA-256) dan tidak disimpan.
        </p>
        <input id="berkas" name="berkas" type="file" accept=".pdf,.docx" aria-describedby="berkas-hint" aria-invalid={errors ? true : undefined} />
        {errors ? <p className="error">{errors.join(" ")}</p> : null}
      </div>
      <div>
        <SubmitButton pendingText="Memeriksa…">Periksa berkas</SubmitButton>
      </div>
    </form>
  );
}
