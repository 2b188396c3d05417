"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { RadioGroupField } from "@/app/_components/choice-fields";
import { AttachmentField, Honeypot } from "@/app/_components/complaint-fields";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { FieldLimits, FormNotice, SubmitButton, TextAreaField, TextField } from "@/app/_components/fields";
import { answerAction, confirmAction, lookupAction } from "./actions";

/** Refreshes the page after a successful action, so it shows the new state. */
function useRefreshOnSuccess(state: { status: string }) {
  const router = useRouter();
  useEffect(() => {
    if (state.status === "ok") router.refresh();
  }, [state, router]);
}

export function LookupForm() {
  const [state, action] = useFormAction(lookupAction);
  useRefreshOnSuccess(state);
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      <TextField
        name="code"
        label="Kode tanda terima"
        required
        state={state}
        autoComplete="off"
        hint="24 huruf dan angka, misalnya 7KQM-2XTB-9RFD-HC4N-W8JP-A3VE. Huruf besar atau kecil sama saja."
      />
      <Honeypot />
      <div>
        <SubmitButton pendingText="Mencari…">Lacak</SubmitButton>
      </div>
    </form>
  );
}

/** `limits`: the schema's length limits (lib/validation/limits.ts), read by the page on the server. */
export function AnswerForm({ limits }: { limits: Record<string, number> }) {
  const [state, action] = useFormAction(answerAction);
  useRefreshOnSuccess(state);
  return (
    <FieldLimits.Provider value={limits}>
      <form action={action} className="stack" noValidate>
        <FormNotice state={state} />
        <TextAreaField name="body" label="Jawaban Anda" required rows={4} state={state} />
        <AttachmentField state={state} hint="Tambahkan bukti bila diminta." />
        <div>
          <SubmitButton pendingText="Mengirim…">Kirim jawaban</SubmitButton>
        </div>
      </form>
    </FieldLimits.Provider>
  );
}

export function ConfirmForm({ limits }: { limits: Record<string, number> }) {
  const [state, action] = useFormAction(confirmAction);
  const [resolved, setResolved] = useState("ya");
  useRefreshOnSuccess(state);
  return (
    <FieldLimits.Provider value={limits}>
      <form action={action} className="stack" noValidate>
        <FormNotice state={state} />
        <div
          onChange={(e) => {
            const t = e.target as HTMLInputElement;
            if (t.name === "resolved") setResolved(t.value);
          }}
        >
          <RadioGroupField
            name="resolved"
            legend="Apakah aduan Anda sudah selesai?"
            required
            options={[
              { value: "ya", label: "Ya, selesai" },
              { value: "tidak", label: "Belum selesai" },
            ]}
            defaultValue={resolved}
            state={state}
          />
        </div>
        {resolved === "ya" ? (
          <RadioGroupField
            name="satisfaction"
            legend="Seberapa puas Anda dengan penanganan aduan ini? (1 = sangat tidak puas, 5 = sangat puas)"
            options={["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v }))}
            state={state}
            inline
          />
        ) : null}
        <TextAreaField name="note" label={resolved === "ya" ? "Komentar" : "Apa yang belum selesai?"} required={resolved !== "ya"} rows={3} state={state} />
        <div>
          <ConfirmSubmit
            title={resolved === "ya" ? "Nyatakan aduan selesai?" : "Nyatakan aduan belum selesai?"}
            confirmLabel="Ya, kirim"
            body={
              resolved === "ya" ? (
                <p>Aduan ditutup sebagai selesai. Terima kasih atas partisipasi Anda.</p>
              ) : (
                <p>Aduan dikembalikan kepada tim pengaduan bersama penjelasan Anda.</p>
              )
            }
          >
            Kirim konfirmasi
          </ConfirmSubmit>
        </div>
      </form>
    </FieldLimits.Provider>
  );
}
