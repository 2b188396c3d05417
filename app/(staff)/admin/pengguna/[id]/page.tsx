import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { userById } from "@/lib/admin/user-list";
import { requirePageActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format/dates";
import { formatNip } from "@/lib/staff/nip";
import { rankOptionOf } from "@/lib/staff/pangkat";
import { opdNames } from "@/lib/intake/opd-choices";
import { UserForm } from "../user-form";
import { twoFactorRequired } from "@/lib/auth/two-factor";
import { describeApproval, openApprovalsOf } from "@/lib/admin/approvals";
import { holdsIdentityRole } from "@/lib/auth/permissions";
import { ActivationForm, ResetPasswordForm, ResetTwoFactorForm } from "./user-admin-forms";

export const metadata: Metadata = { title: "Ubah pengguna" };

const MESSAGES: Record<string, string> = {
  disimpan: "Perubahan disimpan.",
  "menunggu-persetujuan": "Perubahan disimpan. Peran yang diminta melihat identitas pelapor: berlaku setelah disetujui Inspektur.",
  diaktifkan: "Pengguna diaktifkan kembali.",
  dinonaktifkan: "Pengguna dinonaktifkan; semua sesinya telah berakhir.",
  "dua-langkah-diatur-ulang": "Verifikasi dua langkah diatur ulang; semua sesi pengguna ini telah berakhir.",
};

export default async function EditUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const actor = await requirePageActor("admin:users");
  const user = await userById(id);
  if (!user) notFound();
  const [approvals, opds] = await Promise.all([openApprovalsOf(user.id), opdNames()]);
  const pesan = (await searchParams).pesan;
  const message = typeof pesan === "string" ? MESSAGES[pesan] : undefined;

  return (
    <>
      <p>
        <Link href="/admin/pengguna">← Pengguna</Link>
      </p>
      <h1>{user.name}</h1>
      <p className="muted">
        {ROLE_LABELS[user.role]}
        {user.nip ? ` · NIP ${formatNip(user.nip)}` : ""} ·{" "}
        {user.active ? <span className="badge ok">Aktif</span> : <span className="badge off">Nonaktif</span>}
        {user.lastSignInAt ? ` · terakhir masuk ${formatDateTime(user.lastSignInAt)}` : " · belum pernah masuk"}
      </p>
      {message ? (
        <div className="notice ok" role="status" data-testid="page-message">
          {message}
        </div>
      ) : null}

      <h2>Data pengguna</h2>
      <UserForm
        user={{
          id: user.id,
          version: user.version,
          username: user.username,
          name: user.name,
          nip: user.nip ? formatNip(user.nip) : "",
          rank: rankOptionOf(user),
          jabatan: user.jabatan,
          role: user.role,
          irbanWilayah: user.irbanWilayah ?? "",
          opdId: user.opdId ?? "",
          email: user.email ?? "",
          phone: user.phone ?? "",
        }}
        opds={opds}
      />

      {approvals.length ? (
        <div className="notice info" data-testid="awaiting-approval">
          <strong>Menunggu persetujuan Inspektur:</strong>
          <ul style={{ margin: ".25rem 0 0" }}>
            {approvals.map((a) => (
              <li key={a.id}>
                {describeApproval(a)} (diminta {formatDateTime(a.createdAt)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {holdsIdentityRole(user.role) && !user.roleApprovedAt ? (
        <p className="notice info">Peran {ROLE_LABELS[user.role]} belum disetujui Inspektur: akun ini belum dapat dipakai.</p>
      ) : null}

      <h2>Kata sandi</h2>
      {user.id === actor.id ? (
        <p className="muted">Ganti kata sandi Anda sendiri di halaman Akun Saya.</p>
      ) : (
        <ResetPasswordForm userId={user.id} name={user.name} needsApproval={holdsIdentityRole(user.role)} />
      )}

      <h2>Verifikasi dua langkah</h2>
      {user.totpEnabledAt ? (
        <>
          <p data-testid="two-factor-state">Aktif sejak {formatDateTime(user.totpEnabledAt)}.</p>
          {user.id === actor.id ? (
            <p className="muted">Minta admin lain bila Anda kehilangan aplikasi autentikator dan kode pemulihan.</p>
          ) : (
            <ResetTwoFactorForm userId={user.id} name={user.name} required={twoFactorRequired(user.role)} />
          )}
        </>
      ) : (
        <p className="muted" data-testid="two-factor-state">
          Belum aktif{twoFactorRequired(user.role) ? "; wajib untuk peran ini dan akan diminta saat pengguna masuk" : ""}.
        </p>
      )}

      <h2>Status akun</h2>
      {user.id === actor.id ? (
        <p className="muted">Anda tidak dapat menonaktifkan akun Anda sendiri.</p>
      ) : (
        <ActivationForm userId={user.id} active={user.active} name={user.name} />
      )}
    </>
  );
}
