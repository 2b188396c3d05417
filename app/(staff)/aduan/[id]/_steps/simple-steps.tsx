"use client";
// Steps whose form is a note or a confirmation: 2, 7, 9, 10 (submitting the report) and 11.
import { limitsOf } from "@/lib/validation/limits";
import { forwardInput } from "@/lib/workflow/inputs/review";
import { sptDraftInput, distributeSptInput } from "@/lib/workflow/inputs/team";
import { submitReportInput, notifyInput } from "@/lib/workflow/inputs/execution";
import { CheckboxField, TextAreaField } from "@/app/_components/fields";
import { distributeSptAction, draftSptAction, forwardAction, notifyAction, submitReportAction } from "../actions";
import { StepForm } from "./step-form";

interface Base {
  caseId: string;
  version: number;
}

export function ForwardForm({ caseId, version }: Base) {
  return (
    <StepForm
      action={forwardAction}
      limits={limitsOf(forwardInput)}
      caseId={caseId}
      version={version}
      submitLabel="Teruskan ke Inspektur"
      confirmTitle="Teruskan aduan kepada Inspektur?"
      confirmBody={<p>Aduan berpindah ke meja Inspektur Daerah untuk diperintahkan penelaahan.</p>}
    >
      {(state) => (
        <TextAreaField name="note" label="Catatan pengantar" required state={state} hint="Ringkasan singkat dan hal yang perlu diperhatikan Inspektur." />
      )}
    </StepForm>
  );
}

export function DraftSptForm({ caseId, version, suggestedTask, returnNotes }: Base & { suggestedTask: string; returnNotes: string | null }) {
  return (
    <StepForm
      action={draftSptAction}
      limits={limitsOf(sptDraftInput)}
      caseId={caseId}
      version={version}
      submitLabel="Kirim draf SPT"
      confirmTitle="Kirim draf SPT kepada Inspektur?"
      confirmBody={<p>Draf SPT disampaikan kepada Inspektur untuk ditandatangani. Nomor SPT diberikan saat ditandatangani.</p>}
    >
      {(state) => (
        <>
          {returnNotes ? (
            <div className="notice warn" role="note">
              <strong>Catatan Inspektur saat mengembalikan draf:</strong> {returnNotes}
            </div>
          ) : null}
          <TextAreaField
            name="task"
            label="Untuk (uraian tugas)"
            required
            rows={5}
            state={state}
            defaultValue={suggestedTask}
            hint="Tugas tim sebagaimana tercantum dalam SPT. Tanggal dan lama penugasan diambil dari rencana tim."
          />
          <TextAreaField name="notes" label="Catatan untuk Inspektur" state={state} rows={2} />
        </>
      )}
    </StepForm>
  );
}

export function DistributeSptForm({ caseId, version }: Base) {
  return (
    <StepForm
      action={distributeSptAction}
      limits={limitsOf(distributeSptInput)}
      caseId={caseId}
      version={version}
      submitLabel="Catat penyampaian SPT"
      confirmTitle="Catat bahwa SPT telah disampaikan?"
      confirmBody={<p>Tim mulai melaksanakan tindak lanjut sesuai SPT.</p>}
    >
      {(state) => (
        <>
          <CheckboxField
            name="delivered"
            required
            label="SPT telah disampaikan kepada seluruh anggota tim, dan salinannya kepada Sekretariat (Tim Pengaduan)."
            state={state}
          />
          <TextAreaField name="note" label="Catatan" state={state} rows={2} />
        </>
      )}
    </StepForm>
  );
}

export function SubmitReportForm({ caseId, version, missing, returnNotes }: Base & { missing: string[]; returnNotes: string | null }) {
  return (
    <StepForm
      action={submitReportAction}
      limits={limitsOf(submitReportInput)}
      caseId={caseId}
      version={version}
      submitLabel="Serahkan laporan"
      confirmTitle="Serahkan laporan hasil?"
      confirmBody={<p>Laporan disampaikan kepada Inspektur untuk disetujui. Bila dikembalikan dengan catatan, tim memperbaikinya lalu menyerahkannya lagi.</p>}
    >
      {(state) => (
        <>
          {returnNotes ? (
            <div className="notice warn" role="note" data-testid="report-return-notes">
              <strong>Catatan Inspektur saat mengembalikan laporan:</strong> {returnNotes}
            </div>
          ) : null}
          {missing.length ? (
            <div className="notice warn" role="note" data-testid="report-missing">
              <strong>Yang masih kurang:</strong>
              <ul style={{ margin: ".25rem 0 0" }}>
                {missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          ) : (
            <p className="notice ok">Laporan lengkap dan siap diserahkan.</p>
          )}
          <CheckboxField name="confirm" required label="Laporan telah lengkap dan siap disampaikan kepada Inspektur dan Sekretariat." state={state} />
        </>
      )}
    </StepForm>
  );
}

export function NotifyForm({ caseId, version, suggestedMessage }: Base & { suggestedMessage: string }) {
  return (
    <StepForm
      action={notifyAction}
      limits={limitsOf(notifyInput)}
      caseId={caseId}
      version={version}
      submitLabel="Kirim pemberitahuan"
      confirmTitle="Kirim pemberitahuan hasil kepada pelapor?"
      confirmBody={<p>Pelapor (dan Lapak Aduan, untuk aduan dari sana) diberi tahu. Pelapor lalu diminta mengonfirmasi selesainya aduan.</p>}
    >
      {(state) => (
        <TextAreaField
          name="message"
          label="Pemberitahuan kepada pelapor"
          required
          rows={6}
          state={state}
          defaultValue={suggestedMessage}
          hint="Ditulis untuk pelapor: hasil tindak lanjut tanpa data pribadi pihak lain."
        />
      )}
    </StepForm>
  );
}
