"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import Link from "next/link";
import { useState } from "react";
import { RadioGroupField } from "@/app/_components/choice-fields";
import { AttachmentField, ComplaintFields, Honeypot } from "@/app/_components/complaint-fields";
import { CheckboxField, FormNotice, SubmitButton, TextField } from "@/app/_components/fields";
import { PrivacyNotice } from "@/app/_components/privacy-notice";
import { ReceiptPanel } from "@/app/_components/receipt-panel";
import { submitComplaintAction } from "./actions";

const IDENTITY_OPTIONS = [
  { value: "BIASA", label: "Sebutkan identitas saya", hint: "dapat dilihat oleh tim pengaduan dan Inspektur" },
  { value: "RAHASIA", label: "Rahasiakan identitas saya", hint: "hanya tim pengaduan dan Inspektur; tidak pernah dicantumkan dalam dokumen" },
  { value: "ANONIM", label: "Melapor tanpa nama", hint: "kami tidak dapat menghubungi Anda; ikuti aduan dengan kode tanda terima" },
];

export function ComplaintForm({ opds }: { opds: { value: string; label: string }[] }) {
  const [state, action] = useFormAction(submitComplaintAction);
  const [identity, setIdentity] = useState("BIASA");

  if (state.status === "ok" && state.data) {
    return (
      <ReceiptPanel data={state.data}>
        <Link className="button secondary" href="/lacak">
          Lacak aduan
        </Link>
      </ReceiptPanel>
    );
  }
  return (
    <form action={action} className="stack" noValidate style={{ maxWidth: "48rem" }}>
      <FormNotice state={state} />
      <fieldset>
        <legend>Identitas Anda</legend>
        <div
          onChange={(e) => {
            const t = e.target as HTMLInputElement;
            if (t.name === "confidentiality") setIdentity(t.value);
          }}
        >
          <RadioGroupField name="confidentiality" legend="Perlakuan identitas" required options={IDENTITY_OPTIONS} defaultValue={identity} state={state} />
        </div>
        {identity !== "ANONIM" ? (
          <div className="stack" style={{ maxWidth: "none" }}>
            <TextField name="reporterName" label="Nama" required state={state} autoComplete="name" />
            <div className="grid-2">
              <TextField name="phone" label="Telepon / WhatsApp" type="tel" state={state} autoComplete="tel" hint="Isi telepon atau e-mail." />
              <TextField name="email" label="E-mail" type="email" state={state} autoComplete="email" hint="Tanda terima dikirim ke sini." />
            </div>
            <div className="grid-2">
              <TextField name="nik" label="NIK" state={state} inputMode="numeric" hint="16 angka; boleh dikosongkan." />
              <TextField name="address" label="Alamat" state={state} autoComplete="street-address" />
            </div>
          </div>
        ) : null}
      </fieldset>
      <ComplaintFields state={state} opds={opds} essentialsRequired />
      <AttachmentField state={state} hint="Foto, dokumen atau bukti lain." />
      <PrivacyNotice />
      <CheckboxField
        name="persetujuan"
        required
        label="Saya telah membaca pemberitahuan privasi dan menyetujui pemrosesan data saya untuk penanganan aduan ini."
        state={state}
      />
      <Honeypot />
      <div>
        <SubmitButton pendingText="Mengirim…">Kirim aduan</SubmitButton>
      </div>
    </form>
  );
}
