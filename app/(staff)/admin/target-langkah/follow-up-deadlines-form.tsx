"use client";
// How long the OPD has to follow up each kind of recommendation (issue 18).
import { FormNotice, SelectField, SubmitButton, TextField } from "@/app/_components/fields";
import { useFormAction } from "@/app/_components/use-form-action";
import { saveFollowUpDeadlinesAction } from "./actions";

const UNITS = [
  { value: "KALENDER", label: "hari kalender" },
  { value: "KERJA", label: "hari kerja" },
];

export function FollowUpDeadlinesForm({ kinds }: { kinds: { kind: string; label: string; days: number; unit: string }[] }) {
  const [state, action] = useFormAction(saveFollowUpDeadlinesAction);
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      {kinds.map((k) => (
        <div className="grid-2" key={k.kind}>
          <TextField name={`days_${k.kind}`} label={`${k.label}: jumlah hari`} type="number" required state={state} defaultValue={String(k.days)} />
          <SelectField name={`unit_${k.kind}`} label={`${k.label}: dihitung dalam`} required state={state} defaultValue={k.unit} options={UNITS} />
        </div>
      ))}
      <p className="hint">
        Dihitung sejak laporan hasil disetujui dan disampaikan kepada OPD. Hari kerja tidak menghitung akhir pekan, libur nasional dan cuti bersama.
      </p>
      <div>
        <SubmitButton>Simpan batas waktu</SubmitButton>
      </div>
    </form>
  );
}
