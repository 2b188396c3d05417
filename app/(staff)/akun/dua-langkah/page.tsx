import type { Metadata } from "next";
import Link from "next/link";
import QRCode from "qrcode";
import { requirePageActor } from "@/lib/auth/session";
import { twoFactorStatus } from "@/lib/auth/two-factor";
import type { SearchParams } from "@/lib/validation/search-params";
import { ConfirmForm, DisableForm, RegenerateForm, StartForm } from "./forms";

export const metadata: Metadata = { title: "Verifikasi dua langkah" };

/** The secret in groups of four, as people type it. */
const grouped = (s: string) => s.match(/.{1,4}/g)!.join(" ");

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("account:self");
  const forced = (await searchParams).wajib === "1";
  const status = await twoFactorStatus(actor);
  const qr = status.pending ? await QRCode.toDataURL(status.pending.uri, { errorCorrectionLevel: "M", margin: 1, width: 220 }) : null;
  return (
    <>
      <p className="no-print">
        <Link href="/akun">← Akun saya</Link>
      </p>
      <h1>Verifikasi dua langkah</h1>
      {forced && !status.enabled ? (
        <div className="notice warn" role="alert" data-testid="must-enroll">
          Peran Anda wajib masuk dengan verifikasi dua langkah. Siapkan sekarang untuk memakai SIPADU.
        </div>
      ) : null}
      <p>
        Setelah kata sandi, SIPADU meminta kode 6 angka dari aplikasi autentikator di ponsel Anda (misalnya Google Authenticator, Microsoft Authenticator,
        FreeOTP atau Aegis). Kata sandi yang bocor saja tidak cukup untuk masuk ke akun Anda.
        {status.required ? " Untuk peran Anda, verifikasi dua langkah wajib." : " Untuk peran Anda, verifikasi dua langkah dianjurkan."}
      </p>
      {status.enabled ? (
        <>
          <p className="notice ok" data-testid="two-factor-on">
            Verifikasi dua langkah <strong>aktif</strong>. Sisa kode pemulihan: {status.recoveryLeft} dari 10.
          </p>
          <h2>Kode pemulihan baru</h2>
          <p>Bila kode pemulihan hilang atau hampir habis, buat yang baru; kode lama tidak berlaku lagi.</p>
          <RegenerateForm />
          {status.required ? null : (
            <>
              <h2>Matikan</h2>
              <DisableForm />
            </>
          )}
        </>
      ) : status.pending ? (
        <section className="card" data-testid="two-factor-setup">
          <h2 style={{ marginTop: 0 }}>1. Pindai kode QR</h2>
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={qr!} width={220} height={220} alt="Kode QR untuk aplikasi autentikator" />
          <p>
            Atau ketik kunci ini di aplikasi:{" "}
            <span className="mono" data-testid="two-factor-secret">
              {grouped(status.pending.secret)}
            </span>
          </p>
          <h2>2. Masukkan kode yang tampil</h2>
          <ConfirmForm />
        </section>
      ) : (
        <StartForm />
      )}
    </>
  );
}
