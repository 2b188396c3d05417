"use client";
import { useFormAction } from "@/app/_components/use-form-action";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import { FormNotice, SelectField, SubmitButton, TextField } from "@/app/_components/fields";
import { addHolidayAction, removeHolidayAction, setYearAction, updateHolidayAction } from "./actions";

const TYPES = [
  { value: "LIBUR_NASIONAL", label: "Libur nasional" },
  { value: "CUTI_BERSAMA", label: "Cuti bersama" },
  { value: "LIBUR_KHUSUS", label: "Libur khusus daerah" },
];

export interface HolidayValues {
  id: string;
  date: string;
  type: string;
  name: string;
  legalBasis: string;
}

export function HolidayForm({ holiday, defaultDate }: { holiday?: HolidayValues; defaultDate?: string }) {
  const [state, action] = useFormAction(holiday ? updateHolidayAction : addHolidayAction);
  return (
    <form action={action} className="stack" noValidate style={{ maxWidth: "none" }}>
      <FormNotice state={state} />
      {holiday ? <input type="hidden" name="id" value={holiday.id} /> : null}
      <div className="grid-2">
        <TextField name="date" label="Tanggal" type="date" required state={state} defaultValue={holiday?.date ?? defaultDate} />
        <SelectField name="type" label="Jenis" required options={TYPES} state={state} defaultValue={holiday?.type ?? "LIBUR_NASIONAL"} />
      </div>
      <div className="grid-2">
        <TextField name="name" label="Nama" required state={state} defaultValue={holiday?.name} />
        <TextField name="legalBasis" label="Dasar hukum" state={state} defaultValue={holiday?.legalBasis} />
      </div>
      <div>
        <SubmitButton>{holiday ? "Simpan perubahan" : "Tambah hari libur"}</SubmitButton>
      </div>
    </form>
  );
}

export function RemoveHolidayForm({ id, label }: { id: string; label: string }) {
  const [state, action] = useFormAction(removeHolidayAction);
  return (
    <form action={action}>
      <FormNotice state={state} />
      <input type="hidden" name="id" value={id} />
      <ConfirmSubmit
        danger
        title="Hapus hari libur?"
        confirmLabel="Ya, hapus"
        body={<p>{label} menjadi hari kerja; batas waktu aduan terbuka dihitung ulang.</p>}
      >
        Hapus
      </ConfirmSubmit>
    </form>
  );
}

export function YearStatusForm({ year, decreed, basis }: { year: number; decreed: boolean; basis: string }) {
  const [state, action] = useFormAction(setYearAction);
  return (
    <form action={action} className="stack" noValidate style={{ maxWidth: "none" }}>
      <FormNotice state={state} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="status" value={decreed ? "BELUM_DITETAPKAN" : "DITETAPKAN"} />
      {decreed ? null : (
        <TextField
          name="basis"
          label="Dasar penetapan"
          required
          state={state}
          defaultValue={basis}
          hint="Misalnya: SKB 3 Menteri Nomor … dan Keppres Nomor … tentang cuti bersama."
        />
      )}
      <div>
        <ConfirmSubmit
          title={decreed ? `Batalkan penetapan ${year}?` : `Tetapkan kalender ${year}?`}
          confirmLabel={decreed ? "Ya, batalkan" : "Ya, tetapkan"}
          body={
            <p>
              {decreed ? "Batas waktu yang mencapai tahun ini ditandai perkiraan lagi." : "Batas waktu yang mencapai tahun ini tidak lagi ditandai perkiraan."}
            </p>
          }
        >
          {decreed ? `Batalkan penetapan ${year}` : `Tetapkan kalender ${year}`}
        </ConfirmSubmit>
      </div>
    </form>
  );
}
