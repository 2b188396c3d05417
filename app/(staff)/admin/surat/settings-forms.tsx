"use client";
import { FileField } from "@/app/_components/file-field";
import { useFormAction } from "@/app/_components/use-form-action";
import { FormNotice, SelectField, SubmitButton, TextAreaField, TextField } from "@/app/_components/fields";
import { saveLambangAction, saveLetterSettingsAction } from "./actions";

export interface LetterSettingsValues {
  instansi: Record<string, string>;
  paper: string;
  signerTitle: string;
  dasar: string[];
  perbupNomor: string;
  perbupTahun: string;
  pkptNomor: string;
  pkptTahun: string;
  biaya: string;
  tembusan: string[];
  tembusanHasil: string[];
  numbering: { SPT: string; LAPORAN: string; SURAT: string };
}

export function LetterSettingsForm({ v }: { v: LetterSettingsValues }) {
  const [state, action] = useFormAction(saveLetterSettingsAction);
  const i = v.instansi;
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      <fieldset>
        <legend>Kop surat</legend>
        <div className="stack" style={{ maxWidth: "none" }}>
          <TextField name="pemerintah" label="Baris pemerintah" required state={state} defaultValue={i.pemerintah} />
          <TextField name="nama" label="Nama instansi" required state={state} defaultValue={i.nama} />
          <TextField name="alamat" label="Alamat" required state={state} defaultValue={i.alamat} />
          <div className="grid-2">
            <TextField name="kodePos" label="Kode pos" state={state} defaultValue={i.kodePos} />
            <TextField name="telepon" label="Telepon" state={state} defaultValue={i.telepon} />
          </div>
          <div className="grid-2">
            <TextField name="faks" label="Faksimile" state={state} defaultValue={i.faks} />
            <TextField name="email" label="E-mail" state={state} defaultValue={i.email} />
          </div>
          <TextField name="laman" label="Laman" state={state} defaultValue={i.laman} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Surat</legend>
        <div className="stack" style={{ maxWidth: "none" }}>
          <div className="grid-2">
            <TextField name="tempat" label="Tempat penetapan" required state={state} defaultValue={i.tempat} hint="“Ditetapkan di …”" />
            <SelectField
              name="paper"
              label="Ukuran kertas"
              required
              state={state}
              defaultValue={v.paper}
              options={[
                { value: "A4", label: "A4 (210 × 297 mm)" },
                { value: "F4", label: "F4 (215 × 330 mm)" },
              ]}
            />
          </div>
          <TextField name="signerTitle" label="Jabatan penanda tangan" required state={state} defaultValue={v.signerTitle} />
          <TextAreaField
            name="dasar"
            label="Dasar tetap (satu per baris)"
            rows={5}
            state={state}
            defaultValue={v.dasar.join("\n")}
            hint="Dicantumkan di bawah “Dasar” pada SPT, sebelum Perbup, PKPT, nomor aduan dan disposisi."
          />
          {!v.perbupNomor ? (
            <p className="notice" role="status" data-testid="perbup-missing">
              Nomor Perbup tentang organisasi Inspektorat belum diisi: SPT belum mencantumkannya di bawah “Dasar”.
            </p>
          ) : null}
          <div className="grid-2">
            <TextField
              name="perbupNomor"
              label="Nomor Perbup organisasi Inspektorat"
              state={state}
              defaultValue={v.perbupNomor}
              maxLength={40}
              hint="Peraturan Bupati tentang kedudukan, susunan organisasi, tugas dan fungsi Inspektorat."
            />
            <TextField name="perbupTahun" label="Tahun Perbup" state={state} defaultValue={v.perbupTahun} inputMode="numeric" maxLength={4} />
          </div>
          <div className="grid-2">
            <TextField
              name="pkptNomor"
              label="Nomor keputusan PKPT"
              state={state}
              defaultValue={v.pkptNomor}
              maxLength={80}
              hint="Boleh kosong; PKPT dicantumkan bila tahunnya diisi."
            />
            <TextField name="pkptTahun" label="Tahun PKPT" state={state} defaultValue={v.pkptTahun} inputMode="numeric" maxLength={4} />
          </div>
          <TextField
            name="biaya"
            label="Pembebanan biaya (DPA)"
            state={state}
            defaultValue={v.biaya}
            maxLength={300}
            hint="Boleh kosong. Contoh: DPA Inspektorat Daerah Kabupaten Banyumas Tahun Anggaran 2026."
          />
          <TextAreaField
            name="tembusan"
            label="Tembusan SPT (satu per baris)"
            rows={4}
            state={state}
            defaultValue={v.tembusan.join("\n")}
            hint="Kepala OPD yang diperiksa ditambahkan otomatis sebelum “Arsip”."
          />
          <TextAreaField
            name="tembusanHasil"
            label="Tembusan surat pemberitahuan hasil (satu per baris)"
            rows={3}
            state={state}
            defaultValue={v.tembusanHasil.join("\n")}
            hint="Surat kepada pelapor; kosongkan bila tanpa tembusan."
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Penomoran</legend>
        <p className="hint">
          Pola memakai {"{seq}"} (nomor urut per tahun, wajib), {"{year}"} dan {"{month}"}.
        </p>
        <div className="stack" style={{ maxWidth: "none" }}>
          <TextField name="numberSPT" label="SPT" required state={state} defaultValue={v.numbering.SPT} />
          <TextField name="numberLAPORAN" label="Laporan hasil" required state={state} defaultValue={v.numbering.LAPORAN} />
          <TextField name="numberSURAT" label="Surat pemberitahuan hasil" required state={state} defaultValue={v.numbering.SURAT} />
        </div>
      </fieldset>
      <div>
        <SubmitButton>Simpan pengaturan</SubmitButton>
      </div>
    </form>
  );
}

export function LambangForm() {
  const [state, action] = useFormAction(saveLambangAction);
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      <FileField name="lambang" label="Ganti lambang daerah" rule="lambang" state={state} />
      <div>
        <SubmitButton>Unggah lambang</SubmitButton>
      </div>
    </form>
  );
}
