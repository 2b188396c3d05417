import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { formatNip } from "@/lib/staff/nip";
import { formatRank } from "@/lib/staff/pangkat";
import { getSetting } from "@/lib/settings/settings";
import { formatDateTime } from "@/lib/format/dates";
import { credentialStatus } from "@/lib/signing/signer";
import { LambangForm, LetterSettingsForm } from "./settings-forms";
import { signingInspektur } from "@/lib/documents/context";

export const metadata: Metadata = { title: "Pengaturan surat" };

export default async function LetterSettingsPage() {
  await requirePageActor("admin:settings");
  const [instansi, surat, numbering, lambang, signer] = await Promise.all([
    getSetting("instansi"),
    getSetting("surat"),
    getSetting("penomoran"),
    getSetting("lambang"),
    signingInspektur(),
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
      {signer ? <TteStatus person={signer} /> : null}
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

const MODE_TEXT = {
  demo: "Mode DEMO: sertifikat dari CA demo (bukan tanda tangan elektronik yang sah).",
  local: "Mode lokal: sertifikat PKCS#12 milik penanda tangan yang terpasang di server (SIPADU_TTE_DIR).",
  remote:
    "Mode layanan TTE: SPT dan laporan ditandatangani melalui layanan TTE dengan NIK dan passphrase yang diketik Inspektur; surat hasil (langkah 11) dengan sertifikat yang terpasang di server.",
} as const;

function TteStatus({ person }: { person: { username: string; name: string } }) {
  const s = credentialStatus(person);
  return (
    <section className="card" aria-labelledby="tte" data-testid="tte-status">
      <h2 id="tte" style={{ marginTop: 0 }}>
        Tanda tangan elektronik
      </h2>
      <p>{MODE_TEXT[s.mode]}</p>
      {s.ok ? (
        <p className="notice ok" role="status">
          Sertifikat atas nama {s.subjectName}, diterbitkan {s.issuerName}, berlaku sampai {s.notAfter ? formatDateTime(s.notAfter) : "—"}.
        </p>
      ) : (
        <p className="notice error" role="alert">
          {s.mode === "remote" ? "Untuk surat hasil (langkah 11): " : ""}
          {s.message}
        </p>
      )}
    </section>
  );
}
