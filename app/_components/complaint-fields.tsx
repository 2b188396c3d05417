"use client";
// The 5W+1H of a complaint, and its attachments, as every intake form asks them.
import type { ActionState } from "@/lib/auth/action-state";
import { SelectField, TextAreaField, TextField } from "./fields";
import { FileField } from "./file-field";
import { COMPLAINT_LIMITS as MAX } from "@/lib/workflow/inputs/complaint-limits";

export function ComplaintFields({
  state,
  opds,
  essentialsRequired,
}: {
  state: ActionState;
  opds: { value: string; label: string }[];
  /** the public forms ask for who, where and when; staff may register what a letter lacks */
  essentialsRequired?: boolean;
}) {
  return (
    <fieldset>
      <legend>Pokok aduan (5W+1H)</legend>
      <div className="stack" style={{ maxWidth: "none" }}>
        <TextField
          name="title"
          maxLength={MAX.title}
          label="Perihal"
          required
          state={state}
          hint="Satu kalimat, misalnya: Pungutan liar pada pelayanan KTP di Kecamatan X."
        />
        <TextAreaField name="description" maxLength={MAX.description} label="Apa yang terjadi" required rows={5} state={state} />
        <div className="grid-2">
          <TextField
            name="reportedParty"
            maxLength={MAX.reportedParty}
            label="Siapa yang dilaporkan"
            state={state}
            hint={essentialsRequired ? "Nama, jabatan atau unit; atau pilih OPD-nya." : undefined}
          />
          <SelectField name="opdId" label="OPD terlapor" options={opds} placeholder="— belum diketahui —" state={state} />
        </div>
        <div className="grid-2">
          <TextField name="location" maxLength={MAX.location} label="Di mana" required={essentialsRequired} state={state} />
          <TextField
            name="occurredAt"
            maxLength={MAX.occurredAt}
            label="Kapan"
            required={essentialsRequired}
            state={state}
            hint="Misalnya: sekitar Maret 2026."
          />
        </div>
        <TextAreaField name="reason" maxLength={MAX.reason} label="Mengapa (menurut Anda)" rows={2} state={state} />
        <TextAreaField name="manner" maxLength={MAX.manner} label="Bagaimana kejadiannya" rows={2} state={state} />
        <TextAreaField
          name="evidenceSummary"
          maxLength={MAX.evidenceSummary}
          label="Bukti yang ada"
          rows={2}
          state={state}
          hint="Sebutkan bukti yang Anda miliki, dilampirkan atau tidak."
        />
      </div>
    </fieldset>
  );
}

/** The attachments of a complaint or an answer, under the one rule for them (lib/files/limits.ts). */
export function AttachmentField({ state, hint, name = "lampiran", label = "Lampiran" }: { state: ActionState; hint?: string; name?: string; label?: string }) {
  return <FileField name={name} label={label} rule="attachments" state={state} hint={hint} />;
}

/** A field people do not see and bots fill in. */
export function Honeypot() {
  return (
    <div aria-hidden="true" style={{ position: "absolute", left: "-10000px", width: 1, height: 1, overflow: "hidden" }}>
      <label htmlFor="website">Jangan diisi</label>
      <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}
