import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formatNip } from "@/lib/staff/nip";
import { formatRank } from "@/lib/staff/pangkat";
import { getSetting } from "@/lib/settings/settings";
import { LambangForm, LetterSettingsForm } from "./settings-forms";

export const metadata: Metadata = { title: "Pengaturan surat" };

export default async function LetterSettingsPage() {
  await requirePageActor("admin:settings");
  const [instansi, surat, numbering, lambang, signer] = await Promise.all([
    getSetting("instansi"),
    getSetting("surat"),
    getSetting("penomoran"),
    getSetting("lambang"),
    db.user.findFirst({ where: { role: "INSPEKTUR", active: true }, orderBy: { createdAt: "asc" } }),
  ]);
  return (
    <>
      <h1>Pengaturan surat</h1>
      <section className="card" aria-labelledby="penanda-tangan">
        <h2 id="penanda-tangan" style={{ marginTop: 0 }}>
          Penanda tangan
        </h2>
        {signer ? (
          <p data-testid="signer">
            {signer.name}, {formatRank(signer)}
            {signer.nip ? `, NIP ${formatNip(signer.nip)}` : ""} — diambil dari pengguna berperan Inspektur. Ubah datanya di halaman Pengguna.
          </p>
        ) : (
          <p className="notice error" role="alert">
            Belum ada pengguna aktif berperan Inspektur: SPT, laporan dan surat tidak dapat ditandatangani.
          </p>
        )}
      </section>
      <h2>Lambang</h2>
      <p>
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src="/api/lambang" alt="Lambang pada kop surat" width={72} height={88} style={{ objectFit: "contain" }} />{" "}
        {lambang ? "Lambang yang diunggah admin." : "Gambar pengganti sementara: unggah lambang resmi Kabupaten Banyumas."}
      </p>
      <LambangForm />
      <h2>Kop, surat dan penomoran</h2>
      <LetterSettingsForm v={{ instansi, ...surat, numbering }} />
    </>
  );
}
