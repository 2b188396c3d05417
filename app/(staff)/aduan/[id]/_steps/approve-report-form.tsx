"use client";
// Step 10a: the Inspektur approves and signs the team's report, or returns it
// with notes (as the SPT at step 8).
import { limitsOf } from "@/lib/validation/limits";
import { approveReportInput } from "@/lib/workflow/inputs/execution";
import { useState } from "react";
import { RadioGroupField } from "@/app/_components/choice-fields";
import { TextAreaField } from "@/app/_components/fields";
import { approveReportAction } from "../actions";
import { StepForm } from "./step-form";
import { TteFields, type TteMode } from "./tte-fields";

export function ApproveReportForm({
  caseId,
  version,
  summary,
  previewHref,
  tte,
}: {
  caseId: string;
  version: number;
  summary: string;
  previewHref: string;
  tte: TteMode;
}) {
  const [decision, setDecision] = useState("SETUJUI");
  const approve = decision === "SETUJUI";
  return (
    <StepForm
      action={approveReportAction}
      limits={limitsOf(approveReportInput)}
      caseId={caseId}
      version={version}
      submitLabel={approve ? "Setujui laporan" : "Kembalikan laporan"}
      confirmTitle={approve ? "Setujui dan tandatangani laporan?" : "Kembalikan laporan kepada tim?"}
      confirmBody={
        approve ? (
          <>
            <p data-testid="signing-what">{summary}</p>
            <p>Laporan diberi nomor, ditandatangani dan dibekukan dengan kode verifikasi; Sekretariat lalu memberi tahu pelapor.</p>
          </>
        ) : (
          <p>Laporan kembali kepada tim dengan catatan Anda; tim memperbaikinya lalu menyerahkannya lagi.</p>
        )
      }
    >
      {(state) => (
        <>
          <p>
            <a href={previewHref} target="_blank" rel="noopener">
              Pratinjau laporan (DRAF, PDF)
            </a>{" "}
            — periksa isinya sebelum memutuskan.
          </p>
          <div onChange={(e) => setDecision((e.target as HTMLInputElement).value)}>
            <RadioGroupField
              name="decision"
              legend="Keputusan"
              required
              options={[
                { value: "SETUJUI", label: "Setujui dan tandatangani laporan" },
                { value: "KEMBALIKAN", label: "Kembalikan kepada tim untuk diperbaiki" },
              ]}
              defaultValue={decision}
              state={state}
            />
          </div>
          <TextAreaField name="notes" label={approve ? "Catatan" : "Catatan perbaikan"} required={!approve} rows={3} state={state} />
          {approve ? <TteFields mode={tte} state={state} /> : null}
        </>
      )}
    </StepForm>
  );
}
