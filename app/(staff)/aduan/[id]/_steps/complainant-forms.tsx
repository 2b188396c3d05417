"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { FieldLimits, FormNotice, SubmitButton, TextAreaField } from "@/app/_components/fields";
import { askComplainantAction, closeIncompleteAction, decideIdentityAction, requestIdentityAction, viewIdentityAction } from "../complainant-actions";

/** `limits`: the schema's length limits (lib/validation/limits.ts), read by the page on the server. */
export function RequestIdentityForm({ caseId, limits }: { caseId: string; limits: Record<string, number> }) {
  const [state, action] = useFormAction(requestIdentityAction);
  return (
    <FieldLimits.Provider value={limits}>
      <form action={action} className="stack" noValidate>
        <FormNotice state={state} />
        <input type="hidden" name="caseId" value={caseId} />
        <TextAreaField
          name="reason"
          label="Alasan membuka identitas"
          required
          rows={2}
          state={state}
          hint="Inspektur memutuskan; permintaan dan keputusannya tercatat dalam riwayat."
        />
        <div>
          <SubmitButton>Ajukan permintaan</SubmitButton>
        </div>
      </form>
    </FieldLimits.Provider>
  );
}

export function DecideIdentityForm({ requestId, who }: { requestId: string; who: string }) {
  const [state, action] = useFormAction(decideIdentityAction);
  return (
    <form action={action} className="actions">
      <FormNotice state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <button type="submit" name="decision" value="SETUJU">
        Setujui untuk {who}
      </button>
      <button type="submit" name="decision" value="TOLAK" className="secondary">
        Tolak
      </button>
    </form>
  );
}

export function ViewIdentityForm({ caseId }: { caseId: string }) {
  const [state, action] = useFormAction(viewIdentityAction);
  if (state.status === "ok" && state.data) {
    return (
      <dl className="facts" data-testid="wbs-identity">
        <dt>Nama</dt>
        <dd>{state.data.name}</dd>
        <dt>NIK</dt>
        <dd>{state.data.nik}</dd>
        <dt>Telepon</dt>
        <dd>{state.data.phone}</dd>
        <dt>E-mail</dt>
        <dd>{state.data.email}</dd>
      </dl>
    );
  }
  return (
    <form action={action}>
      <FormNotice state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <ConfirmSubmit title="Buka identitas pelapor WBS?" confirmLabel="Ya, buka" body={<p>Pembukaan ini tercatat dalam riwayat aduan atas nama Anda.</p>}>
        Lihat identitas pelapor
      </ConfirmSubmit>
    </form>
  );
}

export function AskComplainantForm({ caseId, limits }: { caseId: string; limits: Record<string, number> }) {
  const [state, action] = useFormAction(askComplainantAction);
  return (
    <FieldLimits.Provider value={limits}>
      <form action={action} className="stack" noValidate>
        <FormNotice state={state} />
        <input type="hidden" name="caseId" value={caseId} />
        <TextAreaField name="question" label="Pertanyaan atau permintaan bukti kepada pelapor" required rows={3} state={state} />
        <div>
          <SubmitButton>Kirim kepada pelapor</SubmitButton>
        </div>
      </form>
    </FieldLimits.Provider>
  );
}

export function CloseIncompleteForm({ caseId, version }: { caseId: string; version: number }) {
  const [state, action] = useFormAction(closeIncompleteAction);
  return (
    <form action={action}>
      <FormNotice state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <ConfirmSubmit
        danger
        title="Tutup aduan sebagai tidak lengkap?"
        confirmLabel="Ya, tutup"
        body={<p>Pelapor tidak menjawab dalam 5 hari kerja. Aduan ditutup dan pelapor diberi tahu; penutupan tidak dapat dibatalkan.</p>}
      >
        Tutup: pelapor tidak melengkapi
      </ConfirmSubmit>
    </form>
  );
}
