"use client";
import { FileField } from "@/app/_components/file-field";
import { useFormAction } from "@/app/_components/use-form-action";
import { FormNotice, SubmitButton } from "@/app/_components/fields";
import { checkFileAction } from "./actions";
import { SignatureFacts } from "./signature-facts";

export function CheckFileForm({ code }: { code: string }) {
  const [state, action] = useFormAction(checkFileAction);
  return (
    <form action={action} className="stack" noValidate>
      <input type="hidden" name="code" value={code} />
      <FormNotice state={state} />
      {state.status === "ok" && state.data ? (
        <div role="status">
          {state.data.genuine === "ya" ? (
            <p className="notice ok" data-testid="file-check">
              ASLI: berkas ini sama persis dengan {state.data.format} yang ditandatangani.
              {state.data.format === "DOCX" ? " DOCX adalah salinan yang dapat disunting; yang bertanda tangan elektronik adalah PDF-nya." : null}
            </p>
          ) : (
            <p className="notice error" data-testid="file-check">
              TIDAK ASLI: berkas ini berbeda dari dokumen yang ditandatangani.
            </p>
          )}
          {state.data.signed === "ya" ? (
            <SignatureFacts
              signer={state.data.signer ?? ""}
              issuer={state.data.issuer ?? ""}
              signedAt={state.data.signedAt ?? ""}
              intact={state.data.intact ?? "tidak"}
              demo={state.data.demo === "ya"}
              trusted={state.data.trusted === "ya"}
            />
          ) : state.data.format !== "DOCX" ? (
            <p className="muted" data-testid="sig-none">
              Berkas ini tidak memuat tanda tangan elektronik yang dapat dibaca.
            </p>
          ) : null}
        </div>
      ) : null}
      <FileField
        name="berkas"
        label="Periksa berkas yang Anda terima"
        rule="verification"
        state={state}
        hint="PDF atau DOCX. Berkas dibandingkan sidik jarinya (SHA-256), tanda tangan elektronik PDF-nya dibaca, dan berkas tidak disimpan."
      />
      <div>
        <SubmitButton pendingText="Memeriksa…">Periksa berkas</SubmitButton>
      </div>
    </form>
  );
}
