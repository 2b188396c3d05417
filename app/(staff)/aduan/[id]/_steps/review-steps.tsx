"use client";
// Steps 3–5: the Inspektur orders the review, the Tim Penelaah assesses, the Inspektur decides.
import { limitsOf } from "@/lib/validation/limits";
import { orderReviewInput, quickReviewInput, dispositionInput } from "@/lib/workflow/inputs/review";
import { useState } from "react";
import { CheckboxGroupField, RadioGroupField } from "@/app/_components/choice-fields";
import { SelectField, TextAreaField, TextField } from "@/app/_components/fields";
import {
  CLOSURE_LABELS,
  CRITERION_LABELS,
  CRITERION_RESULT_LABELS,
  CRITERIA,
  NATURE_LABELS,
  RECOMMENDATION_LABELS,
  STEP5_CLOSURE_REASONS,
  TL_LABELS,
} from "@/lib/workflow/inputs/review";
import { disposeAction, orderReviewAction, quickReviewAction } from "../actions";
import { StepForm } from "./step-form";

interface Base {
  caseId: string;
  version: number;
}
type Person = { id: string; name: string; hint?: string };

const closureOptions = STEP5_CLOSURE_REASONS.map((r) => ({ value: r, label: CLOSURE_LABELS[r] }));
const options = <K extends string>(labels: Record<K, string>) => (Object.keys(labels) as K[]).map((k) => ({ value: k, label: labels[k] }));

export function OrderReviewForm({ caseId, version, reviewers }: Base & { reviewers: Person[] }) {
  return (
    <StepForm
      action={orderReviewAction}
      limits={limitsOf(orderReviewInput)}
      caseId={caseId}
      version={version}
      submitLabel="Perintahkan penelaahan"
      confirmTitle="Perintahkan penelaahan?"
      confirmBody={<p>Penelaah yang dipilih menerima aduan ini di kotak masuknya untuk kaji cepat.</p>}
    >
      {(state) => (
        <>
          <CheckboxGroupField
            name="reviewerIds"
            legend="Tim Penelaah"
            required
            options={reviewers.map((r) => ({ value: r.id, label: r.name, hint: r.hint }))}
            state={state}
            hint="Pilih satu atau lebih penelaah."
          />
          <TextAreaField name="instructions" label="Arahan" state={state} rows={3} />
        </>
      )}
    </StepForm>
  );
}

export function QuickReviewForm({ caseId, version }: Base) {
  const [recommendation, setRecommendation] = useState("");
  const [reason, setReason] = useState("");
  return (
    <StepForm
      action={quickReviewAction}
      limits={limitsOf(quickReviewInput)}
      caseId={caseId}
      version={version}
      submitLabel="Kirim hasil kaji cepat"
      confirmTitle="Kirim hasil kaji cepat kepada Inspektur?"
      confirmBody={<p>Inspektur memutuskan tindak lanjut berdasarkan rekomendasi Anda.</p>}
    >
      {(state) => (
        <>
          <fieldset>
            <legend>Kriteria kaji cepat</legend>
            {CRITERIA.map((c) => (
              <div key={c} style={{ marginBottom: "1rem" }}>
                <RadioGroupField name={`result_${c}`} legend={CRITERION_LABELS[c]} options={options(CRITERION_RESULT_LABELS)} state={state} inline required />
                <TextField name={`note_${c}`} label="Catatan" state={state} hint="Wajib bila tidak atau belum memenuhi." />
              </div>
            ))}
          </fieldset>
          <RadioGroupField name="nature" legend="Sifat aduan" options={options(NATURE_LABELS)} state={state} required />
          <TextAreaField name="summary" label="Ringkasan telaah" required rows={5} state={state} />
          <div onChange={(e) => setRecommendation((e.target as HTMLInputElement).value)}>
            <RadioGroupField name="recommendation" legend="Rekomendasi tindak lanjut" options={options(RECOMMENDATION_LABELS)} state={state} required />
          </div>
          {recommendation === "TIDAK_DITINDAKLANJUTI" ? (
            <div onChange={(e) => setReason((e.target as HTMLSelectElement).value)}>
              <SelectField
                name="closureReason"
                label="Alasan tidak ditindaklanjuti"
                required
                options={closureOptions}
                placeholder="— pilih alasan —"
                state={state}
              />
              {reason === "DUPLIKAT" ? (
                <TextField name="duplicateOf" label="Nomor register aduan yang sama" state={state} hint="Misalnya ADU/2026/00042" />
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </StepForm>
  );
}

export function DisposeForm({
  caseId,
  version,
  irbans,
  suggestedIrbanId,
  recommendedTl,
}: Base & { irbans: Person[]; suggestedIrbanId: string | null; recommendedTl: string | null }) {
  const closeRecommended = recommendedTl === "TIDAK_DITINDAKLANJUTI";
  const [decision, setDecision] = useState(closeRecommended ? "TUTUP" : "TINDAK_LANJUT");
  const [reason, setReason] = useState("");
  return (
    <StepForm
      action={disposeAction}
      limits={limitsOf(dispositionInput)}
      caseId={caseId}
      version={version}
      submitLabel={decision === "TUTUP" ? "Tutup aduan" : "Disposisikan"}
      confirmTitle={decision === "TUTUP" ? "Tutup aduan tanpa tindak lanjut?" : "Disposisikan kepada Irban?"}
      confirmBody={
        decision === "TUTUP" ? (
          <p>Aduan ditutup dan pelapor diberi tahu alasannya. Penutupan tidak dapat dibatalkan.</p>
        ) : (
          <p>Irban yang dipilih menyusun rencana tim sebagai dasar SPT.</p>
        )
      }
    >
      {(state) => (
        <>
          <div onChange={(e) => setDecision((e.target as HTMLInputElement).value)}>
            <RadioGroupField
              name="decision"
              legend="Keputusan"
              required
              options={[
                { value: "TINDAK_LANJUT", label: "Tindak lanjuti melalui Irban" },
                { value: "TUTUP", label: "Tidak ditindaklanjuti (tutup aduan)" },
              ]}
              defaultValue={decision}
              state={state}
            />
          </div>
          {decision === "TINDAK_LANJUT" ? (
            <>
              <RadioGroupField
                name="tlType"
                legend="Jenis tindak lanjut"
                required
                options={options(TL_LABELS)}
                defaultValue={recommendedTl && recommendedTl !== "TIDAK_DITINDAKLANJUTI" ? recommendedTl : undefined}
                state={state}
              />
              <SelectField
                name="irbanUserId"
                label="Irban"
                required
                options={irbans.map((i) => ({ value: i.id, label: i.hint ? `${i.name} — ${i.hint}` : i.name }))}
                defaultValue={suggestedIrbanId ?? undefined}
                placeholder="— pilih Irban —"
                hint="Disarankan sesuai wilayah OPD yang diadukan."
                state={state}
              />
              <TextAreaField name="instructions" label="Arahan" state={state} rows={3} />
            </>
          ) : (
            <>
              <div onChange={(e) => setReason((e.target as HTMLSelectElement).value)}>
                <SelectField name="closureReason" label="Alasan" required options={closureOptions} placeholder="— pilih alasan —" state={state} />
              </div>
              {reason === "DUPLIKAT" ? <TextField name="duplicateOf" label="Nomor register aduan yang sama" state={state} /> : null}
              <TextAreaField
                name="instructions"
                label="Penjelasan untuk pelapor"
                required
                rows={4}
                state={state}
                hint="Disampaikan kepada pelapor: mengapa aduan tidak ditindaklanjuti dan ke mana sebaiknya ia mengadu."
              />
            </>
          )}
        </>
      )}
    </StepForm>
  );
}
