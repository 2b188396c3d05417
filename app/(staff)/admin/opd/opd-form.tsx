"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import { CheckboxField, FormNotice, SelectField, SubmitButton, TextField } from "@/app/_components/fields";
import { WILAYAH, WILAYAH_LABELS } from "@/lib/auth/roles";
import { createOpdAction, updateOpdAction } from "./actions";

export interface OpdFormValues {
  id: string;
  version: number;
  code: string;
  name: string;
  kind: string;
  irbanWilayah: string;
  irbanVerified: boolean;
  active: boolean;
}

export function OpdForm({ opd, kinds }: { opd?: OpdFormValues; kinds: { value: string; label: string }[] }) {
  const [state, action] = useFormAction(opd ? updateOpdAction : createOpdAction);
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      {opd ? (
        <>
          <input type="hidden" name="id" value={opd.id} />
          <input type="hidden" name="version" value={opd.version} />
        </>
      ) : null}
      <TextField name="name" label="Nama OPD" required state={state} defaultValue={opd?.name} />
      <div className="grid-2">
        <TextField name="code" label="Kode" required state={state} defaultValue={opd?.code} hint="Huruf besar, angka, garis bawah; contoh DINKES." />
        <SelectField name="kind" label="Jenis" required state={state} defaultValue={opd?.kind} options={kinds} placeholder="— pilih jenis —" />
      </div>
      <SelectField
        name="irbanWilayah"
        label="Diawasi oleh Irban"
        required
        state={state}
        defaultValue={opd?.irbanWilayah}
        options={WILAYAH.map((w) => ({ value: w, label: WILAYAH_LABELS[w] }))}
        placeholder="— pilih wilayah —"
        hint="Menentukan Irban yang disarankan saat Inspektur mendisposisikan aduan tentang OPD ini."
      />
      <CheckboxField
        name="irbanVerified"
        label="Pembagian wilayah sudah sesuai keputusan resmi"
        state={state}
        defaultChecked={opd?.irbanVerified ?? false}
        hint="Biarkan tidak dicentang bila pembagian masih perkiraan."
      />
      <CheckboxField
        name="active"
        label="OPD masih ada (aktif)"
        state={state}
        defaultChecked={opd?.active ?? true}
        hint="OPD tidak dihapus karena aduan lama merujuk kepadanya; OPD yang sudah tidak ada dinonaktifkan."
      />
      <div>
        <SubmitButton>{opd ? "Simpan perubahan" : "Tambah OPD"}</SubmitButton>
      </div>
    </form>
  );
}
