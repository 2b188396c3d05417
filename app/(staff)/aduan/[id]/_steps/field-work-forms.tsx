"use client";
// Step 10 in progress: working notes, findings per allegation with evidence,
// and the report's sections — each saved as often as needed.
import { AttachmentField } from "@/app/_components/complaint-fields";
import { useFormAction } from "@/app/_components/use-form-action";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { FieldLimits, FormNotice, SelectField, SubmitButton, TextAreaField, TextField } from "@/app/_components/fields";
import { limitsOf } from "@/lib/validation/limits";
import {
  CONCLUSION_LABELS,
  LOSS_KIND_LABELS,
  SECTION_CHOICES,
  SECTION_LABELS,
  findingInput,
  reportInput,
  workNoteInput,
} from "@/lib/workflow/inputs/execution";

// Counted by the fields before submitting: the limits the server checks (FieldLimits).
const LIMITS = { note: limitsOf(workNoteInput), finding: limitsOf(findingInput), report: limitsOf(reportInput) };
import { deleteFindingAction, findingAction, reportAction, workNoteAction } from "../actions";

export function WorkNoteForm({ caseId }: { caseId: string }) {
  const [state, action] = useFormAction(workNoteAction);
  return (
    <FieldLimits.Provider value={LIMITS.note}>
      <form action={action} className="stack" noValidate>
        <FormNotice state={state} />
        <input type="hidden" name="caseId" value={caseId} />
        <TextAreaField name="body" label="Catatan kerja baru" required rows={3} state={state} />
        <div>
          <SubmitButton>Simpan catatan</SubmitButton>
        </div>
      </form>
    </FieldLimits.Provider>
  );
}

export interface FindingValues {
  id: string;
  version: number;
  position: number;
  allegation: string;
  condition: string;
  criteria: string;
  cause: string;
  effect: string;
  lossRupiah: string;
  lossKind: string;
  responsibleParty: string;
  auditeeResponse: string;
  conclusion: string;
  recommendation: string;
}

const lossKindOptions = (Object.keys(LOSS_KIND_LABELS) as (keyof typeof LOSS_KIND_LABELS)[]).map((k) => ({ value: k, label: LOSS_KIND_LABELS[k] }));

const conclusionOptions = (Object.keys(CONCLUSION_LABELS) as (keyof typeof CONCLUSION_LABELS)[]).map((k) => ({ value: k, label: CONCLUSION_LABELS[k] }));

export function FindingForm({ caseId, finding, audit }: { caseId: string; finding?: FindingValues; audit: boolean }) {
  const [state, action] = useFormAction(findingAction);
  return (
    <FieldLimits.Provider value={LIMITS.finding}>
      <form action={action} className="stack" noValidate key={finding ? `${finding.id}-${finding.version}` : `baru-${state.status === "ok" ? state.at : 0}`}>
        <FormNotice state={state} />
        <input type="hidden" name="caseId" value={caseId} />
        {finding ? (
          <>
            <input type="hidden" name="findingId" value={finding.id} />
            <input type="hidden" name="findingVersion" value={finding.version} />
          </>
        ) : null}
        <TextAreaField name="allegation" label="Dugaan / pokok aduan" required rows={2} state={state} defaultValue={finding?.allegation} />
        <TextAreaField name="condition" label="Fakta / kondisi" rows={4} state={state} defaultValue={finding?.condition} />
        {audit ? (
          <>
            <TextAreaField name="criteria" label="Kriteria" rows={2} state={state} defaultValue={finding?.criteria} />
            <TextAreaField name="cause" label="Analisis / penyebab" rows={3} state={state} defaultValue={finding?.cause} />
            <TextAreaField name="effect" label="Akibat" rows={2} state={state} defaultValue={finding?.effect} />
            <div className="grid-2">
              <TextField
                name="lossRupiah"
                label="Kerugian (Rp)"
                state={state}
                defaultValue={finding?.lossRupiah}
                hint="Misalnya 12.500.000; kosongkan bila tidak ada."
                inputMode="numeric"
              />
              <SelectField
                name="lossKind"
                label="Jenis kerugian"
                options={lossKindOptions}
                state={state}
                defaultValue={finding?.lossKind || "KEUANGAN_DAERAH"}
                hint="Uang daerah yang hilang, atau uang yang dibayar warga."
              />
            </div>
            <TextField name="responsibleParty" label="Pihak yang bertanggung jawab" state={state} defaultValue={finding?.responsibleParty} />
            <TextAreaField name="auditeeResponse" label="Tanggapan auditi" rows={2} state={state} defaultValue={finding?.auditeeResponse} />
          </>
        ) : null}
        <SelectField
          name="conclusion"
          label="Simpulan atas dugaan ini"
          options={conclusionOptions}
          placeholder="— belum disimpulkan —"
          state={state}
          defaultValue={finding?.conclusion}
        />
        <TextAreaField name="recommendation" label="Rekomendasi" rows={2} state={state} defaultValue={finding?.recommendation} />
        <AttachmentField name="evidence" label="Bukti (berkas)" state={state} />
        <div>
          <SubmitButton>{finding ? `Simpan temuan ${finding.position}` : "Tambah temuan"}</SubmitButton>
        </div>
      </form>
    </FieldLimits.Provider>
  );
}

export function DeleteFindingForm({ caseId, finding }: { caseId: string; finding: { id: string; version: number; position: number } }) {
  const [state, action] = useFormAction(deleteFindingAction);
  return (
    <form action={action}>
      <FormNotice state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="findingId" value={finding.id} />
      <input type="hidden" name="findingVersion" value={finding.version} />
      <ConfirmSubmit danger title={`Hapus temuan ${finding.position}?`} confirmLabel="Ya, hapus" body={<p>Berkas buktinya tetap tersimpan pada aduan.</p>}>
        Hapus temuan {finding.position}
      </ConfirmSubmit>
    </form>
  );
}

export function ReportForm({
  caseId,
  sections,
  values,
  reportVersion,
}: {
  caseId: string;
  sections: readonly string[];
  values: Record<string, string>;
  reportVersion: number | null;
}) {
  const [state, action] = useFormAction(reportAction);
  return (
    <FieldLimits.Provider value={LIMITS.report}>
      <form action={action} className="stack" noValidate>
        <FormNotice state={state} />
        <input type="hidden" name="caseId" value={caseId} />
        {reportVersion ? <input type="hidden" name="reportVersion" value={reportVersion} /> : null}
        {sections.map((s) =>
          SECTION_CHOICES[s] ? (
            <SelectField
              key={s}
              name={s}
              label={SECTION_LABELS[s] ?? s}
              options={Object.entries(SECTION_CHOICES[s]).map(([value, label]) => ({ value, label }))}
              placeholder="— pilih —"
              state={state}
              defaultValue={values[s] ?? ""}
            />
          ) : (
            <TextAreaField key={s} name={s} label={SECTION_LABELS[s] ?? s} rows={3} state={state} defaultValue={values[s] ?? ""} />
          ),
        )}
        <div>
          <SubmitButton>Simpan draf laporan</SubmitButton>
        </div>
      </form>
    </FieldLimits.Provider>
  );
}
