"use client";
import { AttachmentField } from "@/app/_components/complaint-fields";
import { ReceiptPanel } from "@/app/_components/receipt-panel";
import { useFormAction } from "@/app/_components/use-form-action";
import Link from "next/link";
import { useState } from "react";
import { RadioGroupField } from "@/app/_components/choice-fields";
import { FormNotice, SelectField, SubmitButton, TextAreaField, TextField } from "@/app/_components/fields";
import { CHANNEL_LABELS, CONFIDENTIALITY_LABELS, STAFF_CHANNELS } from "@/lib/workflow/inputs/intake";
import { registerCaseAction } from "./actions";

export function RegisterForm({ opds }: { opds: { value: string; label: string }[] }) {
  const [state, action] = useFormAction(registerCaseAction);
  const [source, setSource] = useState("MASYARAKAT");
  const [identity, setIdentity] = useState("BIASA");

  if (state.status === "ok" && state.data) {
    const d = state.data;
    return (
      <ReceiptPanel
        data={d}
        note={
          <>
            Serahkan kode tanda terima kepada pelapor: dengan kode ini pelapor mengikuti perkembangan aduannya. Kode hanya ditampilkan{" "}
            <strong>sekali ini</strong> dan tidak dapat dilihat lagi.
          </>
        }
      >
        <Link className="button secondary" href={`/aduan/${d.caseId}`}>
          Buka aduan
        </Link>
        {/* A full load on purpose: the form's state (the receipt shown) must start afresh, which a client navigation keeps. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="button secondary" href="/aduan/baru">
          Catat aduan lain
        </a>
      </ReceiptPanel>
    );
  }

  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      <div onChange={(e) => setSource((e.target as HTMLInputElement).value)}>
        <RadioGroupField
          name="source"
          legend="Sumber aduan"
          required
          options={[
            { value: "MASYARAKAT", label: "Laporan pengaduan masyarakat" },
            { value: "DISPOSISI_BUPATI", label: "Disposisi Bupati" },
          ]}
          defaultValue={source}
          state={state}
          inline
        />
      </div>
      <SelectField
        name="channel"
        label="Diterima melalui"
        required
        options={STAFF_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c]! }))}
        placeholder="— pilih —"
        state={state}
      />
      {source === "DISPOSISI_BUPATI" ? (
        <div className="grid-2">
          <TextField name="dispositionNumber" label="Nomor disposisi Bupati" required state={state} />
          <TextField name="dispositionDate" label="Tanggal disposisi" type="date" required state={state} />
        </div>
      ) : null}

      <fieldset>
        <legend>Pokok aduan (5W+1H)</legend>
        <div className="stack" style={{ maxWidth: "none" }}>
          <TextField name="title" label="Perihal" required state={state} hint="Satu kalimat, misalnya: Pungutan liar pada pelayanan KTP di Kecamatan X." />
          <TextAreaField name="description" label="Apa yang terjadi" required rows={5} state={state} />
          <div className="grid-2">
            <TextField name="reportedParty" label="Siapa yang dilaporkan" state={state} />
            <SelectField name="opdId" label="OPD terlapor" options={opds} placeholder="— belum diketahui —" state={state} />
          </div>
          <div className="grid-2">
            <TextField name="location" label="Di mana" state={state} />
            <TextField name="occurredAt" label="Kapan" state={state} hint="Misalnya: sekitar Maret 2026." />
          </div>
          <TextAreaField name="reason" label="Mengapa (menurut pelapor)" rows={2} state={state} />
          <TextAreaField name="manner" label="Bagaimana kejadiannya" rows={2} state={state} />
          <TextAreaField name="evidenceSummary" label="Bukti yang ada" rows={2} state={state} />
        </div>
      </fieldset>

      <fieldset>
        <legend>Pelapor</legend>
        <div
          onChange={(e) => {
            const t = e.target as HTMLInputElement;
            if (t.name === "confidentiality") setIdentity(t.value);
          }}
        >
          <RadioGroupField
            name="confidentiality"
            legend="Perlakuan identitas"
            required
            options={Object.entries(CONFIDENTIALITY_LABELS).map(([value, label]) => ({ value, label }))}
            defaultValue={identity}
            state={state}
          />
        </div>
        {identity !== "ANONIM" ? (
          <div className="stack" style={{ maxWidth: "none" }}>
            <TextField name="reporterName" label="Nama" required state={state} />
            <div className="grid-2">
              <TextField name="nik" label="NIK" state={state} inputMode="numeric" hint="16 angka; boleh dikosongkan." />
              <TextField name="phone" label="Telepon" type="tel" state={state} />
            </div>
            <div className="grid-2">
              <TextField name="email" label="E-mail" type="email" state={state} />
              <TextField name="address" label="Alamat" state={state} />
            </div>
          </div>
        ) : null}
      </fieldset>

      <AttachmentField state={state} hint="Surat, pindaian disposisi atau bukti." />
      <div>
        <SubmitButton pendingText="Mencatat…">Catat aduan</SubmitButton>
      </div>
    </form>
  );
}
