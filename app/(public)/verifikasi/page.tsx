import type { Metadata } from "next";
import { goToCodeAction } from "./actions";

export const metadata: Metadata = { title: "Verifikasi dokumen" };

export default async function VerifyIndex({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const wrong = (await searchParams).salah === "1";
  return (
    <div className="auth-box" style={{ maxWidth: "32rem" }}>
      <h1>Verifikasi dokumen</h1>
      <p>Ketik kode verifikasi yang tercetak di bawah kode QR dokumen, atau pindai kode QR-nya.</p>
      <form action={goToCodeAction} className="stack card">
        {wrong ? (
          <p className="notice error" role="alert">
            Kode verifikasi terdiri dari 16 huruf dan angka.
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="code">Kode verifikasi</label>
          <input id="code" name="code" maxLength={40} autoComplete="off" aria-invalid={wrong || undefined} />
        </div>
        <div>
          <button type="submit">Periksa</button>
        </div>
      </form>
    </div>
  );
}
