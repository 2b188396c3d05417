import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/auth/navigation";
import { demoPasswordsAllowed } from "@/lib/auth/password";
import { getActor } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Masuk petugas" };

const REASONS: Record<string, { kind: "info" | "ok" | "warn"; text: string }> = {
  keluar: { kind: "ok", text: "Anda telah keluar dari SIPADU." },
  "sesi-berakhir": { kind: "warn", text: "Sesi Anda telah berakhir. Silakan masuk kembali." },
  "sandi-diubah": { kind: "ok", text: "Kata sandi berhasil diubah. Silakan masuk dengan kata sandi baru." },
  "keluar-semua": { kind: "ok", text: "Anda telah keluar dari semua perangkat." },
};

export default async function MasukPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const back = safeReturnPath(params.kembali);
  if (await getActor()) redirect(back ? `/beranda?${new URLSearchParams({ kembali: back })}` : "/beranda");
  const reason = typeof params.alasan === "string" ? REASONS[params.alasan] : undefined;
  return (
    <div className="auth-box">
      <h1>Masuk petugas</h1>
      <p className="muted">Untuk pegawai Inspektorat dan pimpinan daerah. Warga yang ingin melapor tidak perlu masuk.</p>
      {reason ? (
        <div className={`notice ${reason.kind}`} role="status" data-testid="reason">
          {reason.text}
        </div>
      ) : null}
      <div className="card">
        <SignInForm returnTo={back} demo={demoPasswordsAllowed()} />
      </div>
    </div>
  );
}
