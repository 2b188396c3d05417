"use client";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { FormNotice, TextField } from "@/app/_components/fields";
import { OneTimePasswordPanel } from "@/app/_components/one-time-password";
import { useFormAction } from "@/app/_components/use-form-action";
import { decideApprovalAction } from "./actions";

/** Approve or refuse one request; an approval that made a one-time password shows it here, once. */
export function DecisionForm({ id, subject, what }: { id: string; subject: string; what: string }) {
  const [state, action] = useFormAction(decideApprovalAction);
  if (state.status === "ok") {
    return (
      <div className="stack">
        <FormNotice state={state} />
        {state.data?.code ? <OneTimePasswordPanel username={state.data.username!} code={state.data.code} /> : null}
      </div>
    );
  }
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      <input type="hidden" name="id" value={id} />
      <TextField name="note" label="Alasan (wajib bila ditolak)" state={state} maxLength={500} />
      <div className="actions">
        <button type="submit" name="decision" value="TOLAK" className="secondary">
          Tolak
        </button>
        <ConfirmSubmit
          title={`Setujui untuk ${subject}?`}
          confirmLabel="Ya, setujui"
          body={
            <p>
              {what} untuk <strong>{subject}</strong>. Setujui hanya bila Anda mengenal orangnya dan perannya memang memerlukan akses ke identitas pelapor.
              Keputusan Anda dicatat.
            </p>
          }
          name="decision"
          value="SETUJUI"
        >
          Setujui
        </ConfirmSubmit>
      </div>
    </form>
  );
}
