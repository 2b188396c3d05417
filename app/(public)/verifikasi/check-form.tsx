"use client";
import { FileField } from "@/app/_components/file-field";
import { useFormAction } from "@/app/_components/use-form-action";
import { FormNotice, SubmitButton } from "@/app/_components/fields";
import { checkFileAction } from "./actions";

export function CheckFileForm({ code }: { code: string }) {
  const [state, action] = useFormAction(checkFileAction);
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
      <FileField name="berkas" label="Periksa berkas yang Anda terima" rule="verification" state={state} hint="Berkas hanya dibandingkan sidik jarinya (SHA-256) dan tidak disimpan." />
      <div>
        <SubmitButton pendingText="Memeriksa…">Periksa berkas</SubmitButton>
      </div>
    </form>
  );
}
