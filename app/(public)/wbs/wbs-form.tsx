"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import Link from "next/link";
import { useState } from "react";
import { AttachmentField, ComplaintFields, Honeypot } from "@/app/_components/complaint-fields";
import { CheckboxField, FormNotice, SubmitButton, TextField } from "@/app/_components/fields";
import { PrivacyNotice } from "@/app/_components/privacy-notice";
import { ReceiptPanel } from "@/app/_components/receipt-panel";
import { submitWbsAction } from "./actions";

export function WbsForm({ opds }: { opds: { value: string; label: string }[] }) {
  const [state, action] = useFormAction(submitWbsAction);
  const [giveIdentity, setGiveIdentity] = useState(false);
  if (state.status === "ok" && state.data) {
    return (
      <ReceiptPanel data={state.data}>
        <Link className="button secondary" href="/lacak">
          Lacak laporan
        </Link>
      </ReceiptPanel>
    );
  }
  return (
    <form action={action} className="stack" noValidate style={{ maxWidth: "48rem" }}>
      <FormNotice state={state} />
      <ComplaintFields state={state} opds={opds} essentialsRequired />
      <AttachmentField state={state} hint="Hapus data pengenal Anda (nama, tanda tangan) dari berkas bila ingin tetap anonim." />
      <fieldset>
        <legend>Identitas (tidak wajib)</legend>
        <p className="hint">
          Laporan Anda anonim. Bila Anda bersedia dihubungi, identitas disimpan terenkripsi dan hanya dibuka atas persetujuan Inspektur. Kami tidak mengirim
          e-mail kepada pelapor WBS: ikuti laporan dengan kode tanda terima.
        </p>
        <div onChange={(e) => setGiveIdentity((e.target as HTMLInputElement).checked)}>
          <CheckboxField name="giveIdentity" label="Saya bersedia memberikan identitas" state={state} />
        </div>
        {giveIdentity ? (
          <div className="stack" style={{ maxWidth: "none" }}>
            <TextField name="reporterName" label="Nama" state={state} autoComplete="off" />
            <div className="grid-2">
              <TextField name="phone" label="Telepon" type="tel" state={state} autoComplete="off" />
              <TextField name="email" label="E-mail" type="email" state={state} autoComplete="off" />
            </div>
            <TextField name="nik" label="NIK" state={state} inputMode="numeric" hint="16 angka; boleh dikosongkan." />
          </div>
        ) : null}
      </fieldset>
      <PrivacyNotice wbs />
      <CheckboxField name="persetujuan" required label="Saya telah membaca pemberitahuan privasi dan menyetujui pemrosesan laporan ini." state={state} />
      <Honeypot />
      <div>
        <SubmitButton pendingText="Mengirim…">Kirim laporan</SubmitButton>
      </div>
    </form>
  );
}
