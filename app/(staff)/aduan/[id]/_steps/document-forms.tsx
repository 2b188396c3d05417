"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { FormNotice } from "@/app/_components/fields";
import { approveReportAction } from "../actions";

export function ApproveReportForm({ caseId }: { caseId: string }) {
  const [state, action] = useFormAction(approveReportAction);
  return (
    <form action={action} className="step-panel">
      <h3 style={{ marginTop: 0 }}>Persetujuan laporan hasil</h3>
      <p>Periksa pratinjau laporan di atas. Setelah disetujui, laporan diberi nomor, ditandatangani dan tidak dapat diubah lagi.</p>
      <FormNotice state={state} />
      <input type="hidden" name="caseId" value={caseId} />
      <ConfirmSubmit title="Setujui dan tandatangani laporan?" confirmLabel="Ya, setujui" body={<p>Laporan dibekukan dengan kode verifikasi; Sekretariat lalu memberi tahu pelapor.</p>}>
        Setujui laporan
      </ConfirmSubmit>
    </form>
  );
}
