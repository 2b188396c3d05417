"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import { FormNotice, SubmitButton, TextField } from "@/app/_components/fields";
import { saveTargetsAction } from "./actions";

export function TargetsForm({ steps }: { steps: { number: number; code: string; label: string; days: number }[] }) {
  const [state, action] = useFormAction(saveTargetsAction);
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      {steps.map((s) => (
        <TextField
          key={s.number}
          name={`step_${s.number}`}
          label={`Langkah ${s.code}: ${s.label} (hari kerja)`}
          type="number"
          required
          state={state}
          defaultValue={String(s.days)}
        />
      ))}
      <p className="hint">Langkah 10 mengikuti lama penugasan dalam SPT.</p>
      <div>
        <SubmitButton>Simpan target</SubmitButton>
      </div>
    </form>
  );
}
