"use client";
// Steps 6 and 8: the team plan, and the Inspektur's signature (or return).
import { limitsOf } from "@/lib/validation/limits";
import { teamPlanInput, signSptInput } from "@/lib/workflow/inputs/team";
import { useState } from "react";
import { RadioGroupField } from "@/app/_components/choice-fields";
import { FieldShell, TextAreaField, TextField, errorsOf } from "@/app/_components/fields";
import type { ActionState } from "@/lib/auth/action-state";
import { MAX_TEAM_MEMBERS, TEAM_ROLES, TEAM_ROLE_LABELS } from "@/lib/workflow/inputs/team";
import { signSptAction, teamPlanAction } from "../actions";
import { StepForm } from "./step-form";
import { TteFields, type TteMode } from "./tte-fields";

interface Base {
  caseId: string;
  version: number;
}
type Staff = { id: string; label: string };

function MemberRows({ staff, state, initial }: { staff: Staff[]; state: ActionState; initial: { userId: string; teamRole: string }[] }) {
  const [rows, setRows] = useState(Math.max(initial.length, 3));
  const errors = errorsOf(state, "members");
  const echoed = (name: string, fallback: string) => (state.status === "error" && name in state.values ? state.values[name] : fallback);
  return (
    <fieldset className="field" aria-describedby={errors ? "members-error" : undefined} data-error-for="members">
      <legend>Susunan tim</legend>
      <p className="hint">Satu orang satu baris. Tim wajib memiliki Ketua Tim; Penanggung Jawab, Wakil, Pengendali Teknis dan Ketua Tim masing-masing satu.</p>
      {errors ? (
        <p className="error" id="members-error" role="alert">
          {errors.join(" ")}
        </p>
      ) : null}
      {Array.from({ length: rows }, (_, i) => {
        const userErr = errorsOf(state, `member_${i}_user`);
        const roleErr = errorsOf(state, `member_${i}_role`);
        return (
          <div className="member-row" key={`${i}-${state.status === "error" ? "e" : "n"}`}>
            <FieldShell id={`member-${i}-user`} label={`Anggota ${i + 1}`} errors={userErr}>
              <select
                id={`member-${i}-user`}
                name={`member_${i}_user`}
                defaultValue={echoed(`member_${i}_user`, initial[i]?.userId ?? "")}
                aria-invalid={userErr ? true : undefined}
              >
                <option value="">— pilih pegawai —</option>
                {staff.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </select>
            </FieldShell>
            <FieldShell id={`member-${i}-role`} label={`Jabatan anggota ${i + 1} dalam tim`} errors={roleErr}>
              <select
                id={`member-${i}-role`}
                name={`member_${i}_role`}
                defaultValue={echoed(`member_${i}_role`, initial[i]?.teamRole ?? "")}
                aria-invalid={roleErr ? true : undefined}
              >
                <option value="">— pilih —</option>
                {TEAM_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {TEAM_ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
            </FieldShell>
          </div>
        );
      })}
      {rows < MAX_TEAM_MEMBERS ? (
        <button type="button" className="secondary" onClick={() => setRows(rows + 1)}>
          + Tambah baris anggota
        </button>
      ) : null}
    </fieldset>
  );
}

export function TeamPlanForm({
  caseId,
  version,
  staff,
  initialMembers,
  defaultStart,
}: Base & { staff: Staff[]; initialMembers: { userId: string; teamRole: string }[]; defaultStart: string }) {
  return (
    <StepForm
      action={teamPlanAction}
      limits={limitsOf(teamPlanInput)}
      caseId={caseId}
      version={version}
      submitLabel="Kirim rencana tim"
      confirmTitle="Kirim rencana tim kepada Kasubag Perencanaan?"
      confirmBody={<p>Rencana tim menjadi dasar penyusunan SPT.</p>}
    >
      {(state) => (
        <>
          <TextAreaField name="objectives" label="Tujuan" required rows={3} state={state} />
          <TextAreaField name="scope" label="Ruang lingkup" rows={2} state={state} />
          <div className="grid-2">
            <TextField name="startOn" label="Tanggal mulai" type="date" required state={state} defaultValue={defaultStart} hint="Harus hari kerja." />
            <TextField name="durationDays" label="Lama penugasan (hari kerja)" type="number" required state={state} defaultValue="10" />
          </div>
          <MemberRows staff={staff} state={state} initial={initialMembers} />
        </>
      )}
    </StepForm>
  );
}

export function SignSptForm({ caseId, version, summary, tte }: Base & { summary: string; tte: TteMode }) {
  const [decision, setDecision] = useState("TANDATANGANI");
  return (
    <StepForm
      action={signSptAction}
      limits={limitsOf(signSptInput)}
      caseId={caseId}
      version={version}
      submitLabel={decision === "TANDATANGANI" ? "Tandatangani SPT" : "Kembalikan draf"}
      confirmTitle={decision === "TANDATANGANI" ? "Tandatangani SPT?" : "Kembalikan draf SPT?"}
      confirmBody={
        decision === "TANDATANGANI" ? (
          <>
            <p data-testid="signing-what">{summary}</p>
            <p>SPT diberi nomor, ditandatangani secara elektronik dan dibekukan: isinya tidak dapat diubah lagi.</p>
          </>
        ) : (
          <p>Draf kembali kepada Kasubag Perencanaan dengan catatan Anda.</p>
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
                { value: "TANDATANGANI", label: "Tandatangani SPT" },
                { value: "KEMBALIKAN", label: "Kembalikan untuk diperbaiki" },
              ]}
              defaultValue={decision}
              state={state}
            />
          </div>
          <TextAreaField
            name="notes"
            label={decision === "KEMBALIKAN" ? "Catatan perbaikan" : "Catatan"}
            required={decision === "KEMBALIKAN"}
            rows={3}
            state={state}
          />
          {decision === "TANDATANGANI" ? <TteFields mode={tte} state={state} /> : null}
        </>
      )}
    </StepForm>
  );
}
