"use client";
import Link from "next/link";
import { OneTimePasswordPanel } from "@/app/_components/one-time-password";
import { useFormAction } from "@/app/_components/use-form-action";
import { FormNotice, SelectField, SubmitButton, TextField } from "@/app/_components/fields";
import { ROLE_LABELS, ROLES, WILAYAH, WILAYAH_LABELS } from "@/lib/auth/roles";
import { RANK_OPTIONS } from "@/lib/staff/pangkat";
import { createUserAction, updateUserAction } from "./actions";

export interface UserFormValues {
  id: string;
  version: number;
  username: string;
  name: string;
  nip: string;
  rank: string;
  jabatan: string;
  role: string;
  irbanWilayah: string;
  opdId: string;
  email: string;
  phone: string;
}

const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
const wilayahOptions = WILAYAH.map((w) => ({ value: w, label: WILAYAH_LABELS[w] }));

export function UserForm({ user, opds }: { user?: UserFormValues; opds: { id: string; name: string }[] }) {
  const [state, action] = useFormAction(user ? updateUserAction : createUserAction);
  if (!user && state.status === "ok" && state.data?.userId) {
    return (
      <div className="stack">
        <FormNotice state={state} />
        {state.data.code ? <OneTimePasswordPanel username={state.data.username!} code={state.data.code} /> : null}
        <p>
          <Link className="button secondary" href={`/admin/pengguna/${state.data.userId}`}>
            Buka halaman pengguna
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} className="stack" noValidate>
      <FormNotice state={state} />
      {user ? (
        <>
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="version" value={user.version} />
        </>
      ) : null}
      <TextField
        name="name"
        label="Nama lengkap dengan gelar"
        required
        state={state}
        defaultValue={user?.name}
        hint="Seperti tercetak pada surat, misalnya Dr. Bambang Widodo, S.H., M.Si."
      />
      <div className="grid-2">
        <TextField
          name="username"
          label="Nama pengguna"
          required
          state={state}
          defaultValue={user?.username}
          autoComplete="off"
          hint="Huruf kecil, angka, titik, garis bawah atau tanda hubung."
        />
        <TextField
          name="nip"
          label="NIP"
          state={state}
          defaultValue={user?.nip}
          inputMode="numeric"
          hint="18 angka, boleh dengan spasi: 19700101 199503 1 001. Kosongkan bila tidak memiliki NIP."
        />
      </div>
      <div className="grid-2">
        <SelectField name="rank" label="Pangkat/golongan" state={state} defaultValue={user?.rank} options={RANK_OPTIONS} placeholder="— tidak ada —" />
        <TextField name="jabatan" label="Jabatan" required state={state} defaultValue={user?.jabatan} />
      </div>
      <div className="grid-2">
        <SelectField name="role" label="Peran di SIPADU" required state={state} defaultValue={user?.role} options={roleOptions} placeholder="— pilih peran —" />
        <SelectField
          name="irbanWilayah"
          label="Wilayah Irban"
          state={state}
          defaultValue={user?.irbanWilayah}
          options={wilayahOptions}
          placeholder="— tidak ada —"
          hint="Wajib untuk Irban; untuk auditor menunjukkan wilayah kerjanya."
        />
      </div>
      <SelectField
        name="opdId"
        label="OPD (untuk penghubung OPD)"
        state={state}
        defaultValue={user?.opdId}
        options={opds.map((o) => ({ value: o.id, label: o.name }))}
        placeholder="— tidak ada —"
        hint="Wajib untuk peran Penghubung OPD: ia hanya melihat rekomendasi yang ditujukan kepada OPD ini."
      />
      <div className="grid-2">
        <TextField name="email" label="E-mail" type="email" state={state} defaultValue={user?.email} autoComplete="off" />
        <TextField name="phone" label="Telepon" type="tel" state={state} defaultValue={user?.phone} autoComplete="off" />
      </div>
      {user ? null : (
        <p className="hint">
          SIPADU membuat kata sandi sekali pakai untuk pengguna baru. Peran Tim Pengaduan dan Inspektur (yang melihat identitas pelapor) berlaku setelah
          disetujui Inspektur.
        </p>
      )}
      <div>
        <SubmitButton>{user ? "Simpan perubahan" : "Buat pengguna"}</SubmitButton>
      </div>
    </form>
  );
}
