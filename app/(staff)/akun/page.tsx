import type { Metadata } from "next";
import Link from "next/link";
import { ROLE_LABELS, WILAYAH_LABELS } from "@/lib/auth/roles";
import { ownAccount } from "@/lib/account/account";
import { requirePageActor } from "@/lib/auth/session";
import { formatNip } from "@/lib/staff/nip";
import { formatRank } from "@/lib/staff/pangkat";
import { ChangePasswordForm, SignOutEverywhereForm } from "./account-forms";

export const metadata: Metadata = { title: "Akun saya" };

export default async function AccountPage() {
  const actor = await requirePageActor("account:self");
  const user = await ownAccount(actor.id);
  return (
    <>
      <h1>Akun saya</h1>
      {actor.mustChangePassword ? (
        <div className="notice warn" role="alert" data-testid="must-change">
          Anda masuk dengan kata sandi sementara. Ganti kata sandi terlebih dahulu sebelum memakai SIPADU.
        </div>
      ) : null}
      <section className="card">
        <dl className="facts">
          <dt>Nama</dt>
          <dd>{user.name}</dd>
          <dt>NIP</dt>
          <dd>{user.nip ? formatNip(user.nip) : "—"}</dd>
          <dt>Pangkat/gol.</dt>
          <dd>{formatRank(user)}</dd>
          <dt>Jabatan</dt>
          <dd>{user.jabatan}</dd>
          <dt>Peran</dt>
          <dd>
            {ROLE_LABELS[user.role]}
            {user.irbanWilayah ? ` · ${WILAYAH_LABELS[user.irbanWilayah]}` : ""}
          </dd>
          <dt>Nama pengguna</dt>
          <dd className="mono">{user.username}</dd>
        </dl>
        <p className="muted" style={{ marginTop: ".75rem", marginBottom: 0 }}>
          Data ini diubah oleh admin SIPADU.
        </p>
      </section>
      <h2>Ganti kata sandi</h2>
      <ChangePasswordForm />
      <h2>Verifikasi dua langkah</h2>
      <p>
        {user.totpEnabledAt ? "Aktif: " : "Belum aktif: "}
        <Link href="/akun/dua-langkah">{user.totpEnabledAt ? "kelola kode pemulihan" : "siapkan sekarang"}</Link>.
      </p>
      <h2>Sesi</h2>
      <p>Bila Anda lupa keluar di komputer lain atau ponsel Anda hilang, akhiri semua sesi akun Anda sekaligus.</p>
      <SignOutEverywhereForm />
    </>
  );
}
