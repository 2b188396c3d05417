"use client";
// The follow-up forms of a recommendation's page, one per transition the table gives the actor: the OPD
// reports (text, evidence, any repayment), the Irban assesses, the Inspektur overrules or edits. Each asks
// for confirmation first: a transition is recorded in the case's history and is not undone.
import { useState, type ReactNode } from "react";
import { RadioGroupField } from "@/app/_components/choice-fields";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { CheckboxField, FieldLimits, FormNotice, SelectField, TextAreaField, TextField } from "@/app/_components/fields";
import { FileField } from "@/app/_components/file-field";
import { useFormAction } from "@/app/_components/use-form-action";
import type { ActionState } from "@/lib/auth/action-state";
import { ASSESSMENT_LABELS, FOLLOW_UP_STATUS_LABELS, RECOMMENDATION_KIND_LABELS } from "@/lib/follow-up/labels";
import { FOLLOW_UP_LIMITS } from "@/lib/follow-up/limits";
import { lowerFirst } from "@/lib/format/text";
import { assessAction, editAction, overruleAction, respondAction } from "./actions";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

function FollowUpForm({
  action,
  recommendationId,
  version,
  submitLabel,
  confirmTitle,
  confirmBody,
  limits,
  children,
}: {
  action: Action;
  recommendationId: string;
  version: number;
  submitLabel: string;
  confirmTitle: string;
  confirmBody: ReactNode;
  limits: Record<string, number>;
  children: (state: ActionState) => ReactNode;
}) {
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="stack" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="recommendationId" value={recommendationId} />
      <input type="hidden" name="version" value={version} />
      <FieldLimits.Provider value={limits}>{children(state)}</FieldLimits.Provider>
      <div>
        <ConfirmSubmit title={confirmTitle} confirmLabel={`Ya, ${lowerFirst(submitLabel)}`} body={confirmBody}>
          {submitLabel}
        </ConfirmSubmit>
      </div>
    </form>
  );
}

export function RespondForm({ id, version, outstanding }: { id: string; version: number; outstanding: string | null }) {
  return (
    <FollowUpForm
      action={respondAction}
      recommendationId={id}
      version={version}
      limits={{ text: FOLLOW_UP_LIMITS.response }}
      submitLabel="Kirim tindak lanjut"
      confirmTitle="Kirim laporan tindak lanjut?"
      confirmBody={<p>Laporan dan buktinya dikirim kepada Irban untuk dinilai. Setelah dikirim, laporan tidak dapat diubah.</p>}
    >
      {(state) => (
        <>
          <TextAreaField name="text" label="Uraian tindak lanjut" required rows={5} state={state} hint="Apa yang telah dilakukan, oleh siapa, kapan." />
          {outstanding !== null ? (
            <TextField
              name="repaidRupiah"
              label="Jumlah yang disetor dengan laporan ini (Rp)"
              inputMode="numeric"
              state={state}
              hint={`Sisa yang harus dikembalikan: ${outstanding}. Lampirkan bukti setor.`}
            />
          ) : null}
          <FileField name="evidence" label="Bukti tindak lanjut" rule="attachments" required state={state} />
        </>
      )}
    </FollowUpForm>
  );
}

export function AssessForm({ id, version, repayment, moneyDue }: { id: string; version: number; repayment: string | null; moneyDue: boolean }) {
  const [decision, setDecision] = useState("SESUAI");
  return (
    <FollowUpForm
      action={assessAction}
      recommendationId={id}
      version={version}
      limits={{ notes: FOLLOW_UP_LIMITS.notes }}
      submitLabel="Simpan penilaian"
      confirmTitle="Simpan penilaian tindak lanjut?"
      confirmBody={
        <p>
          {decision === "BELUM_SESUAI"
            ? "Tindak lanjut dikembalikan kepada OPD dengan catatan Anda."
            : "Penilaian dicatat dan OPD diberi tahu. Inspektur dapat menetapkan lain."}
        </p>
      }
    >
      {(state) => (
        <>
          <div onChange={(e) => setDecision((e.target as HTMLInputElement).value)}>
            <RadioGroupField
              name="decision"
              legend="Hasil penilaian"
              required
              options={Object.entries(ASSESSMENT_LABELS).map(([value, label]) => ({ value, label }))}
              defaultValue={decision}
              state={state}
            />
          </div>
          {repayment ? <CheckboxField name="repaymentAccepted" label={`Setoran ${repayment} pada laporan ini diterima`} defaultChecked state={state} /> : null}
          <TextAreaField
            name="notes"
            label={decision === "TIDAK_DAPAT" ? "Alasan yang sah" : "Catatan penilaian"}
            required={decision !== "SESUAI"}
            rows={3}
            state={state}
            hint={decision === "SESUAI" && moneyDue ? "Wajib bila uang belum dikembalikan seluruhnya." : undefined}
          />
        </>
      )}
    </FollowUpForm>
  );
}

export function OverruleForm({ id, version, current }: { id: string; version: number; current: string }) {
  return (
    <FollowUpForm
      action={overruleAction}
      recommendationId={id}
      version={version}
      limits={{ notes: FOLLOW_UP_LIMITS.notes }}
      submitLabel="Tetapkan status"
      confirmTitle="Tetapkan status rekomendasi?"
      confirmBody={<p>Status yang Anda tetapkan menggantikan penilaian Irban dan dicatat dengan alasan Anda.</p>}
    >
      {(state) => (
        <>
          <SelectField
            name="status"
            label="Status"
            required
            state={state}
            defaultValue=""
            placeholder="— pilih status —"
            options={Object.entries(FOLLOW_UP_STATUS_LABELS)
              .filter(([v]) => v !== current)
              .map(([value, label]) => ({ value, label }))}
          />
          <TextAreaField name="notes" label="Alasan penetapan" required rows={3} state={state} />
        </>
      )}
    </FollowUpForm>
  );
}

export function EditForm({
  id,
  version,
  values,
}: {
  id: string;
  version: number;
  values: { text: string; kind: string; responsibleOfficial: string; amountDueRupiah: string; deadlineOn: string };
}) {
  return (
    <FollowUpForm
      action={editAction}
      recommendationId={id}
      version={version}
      limits={{ text: FOLLOW_UP_LIMITS.text, notes: FOLLOW_UP_LIMITS.notes, responsibleOfficial: FOLLOW_UP_LIMITS.official }}
      submitLabel="Simpan perubahan"
      confirmTitle="Ubah rekomendasi?"
      confirmBody={<p>Perubahan dicatat dalam riwayat aduan beserta nilai lama, nilai baru dan alasan Anda; OPD diberi tahu.</p>}
    >
      {(state) => (
        <>
          <TextAreaField name="text" label="Rekomendasi" required rows={3} state={state} defaultValue={values.text} />
          <div className="grid-2">
            <SelectField
              name="kind"
              label="Jenis"
              required
              state={state}
              defaultValue={values.kind}
              options={Object.entries(RECOMMENDATION_KIND_LABELS).map(([value, label]) => ({ value, label }))}
            />
            <TextField name="deadlineOn" label="Batas waktu" type="date" required state={state} defaultValue={values.deadlineOn} />
          </div>
          <div className="grid-2">
            <TextField name="responsibleOfficial" label="Pejabat penanggung jawab" state={state} defaultValue={values.responsibleOfficial} />
            <TextField
              name="amountDueRupiah"
              label="Jumlah yang harus dikembalikan (Rp)"
              inputMode="numeric"
              state={state}
              defaultValue={values.amountDueRupiah}
              hint="Hanya untuk jenis pengembalian uang / TGR."
            />
          </div>
          <TextAreaField name="notes" label="Alasan perubahan" required rows={2} state={state} />
        </>
      )}
    </FollowUpForm>
  );
}
