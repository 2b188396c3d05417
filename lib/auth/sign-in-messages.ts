// What the sign-in page says for each outcome code of lib/auth/sign-in.ts
// (the code reaches the browser through next-auth as the error's message).
import { PASSWORD_MAX } from "./limits";

export const SIGN_IN_MESSAGES: Record<string, string> = {
  INPUT_TIDAK_SAH: "Isi NIP atau nama pengguna dan kata sandi.",
  SANDI_TERLALU_PANJANG: `Kata sandi terlalu panjang (paling banyak ${PASSWORD_MAX} karakter).`,
  DIBATASI: "Terlalu banyak percobaan masuk yang gagal.",
  SALAH: "NIP/nama pengguna atau kata sandi salah.",
  NONAKTIF: "Akun Anda dinonaktifkan. Hubungi admin SIPADU.",
  MENUNGGU_PERSETUJUAN: "Peran akun Anda menunggu persetujuan Inspektur. Anda dapat masuk setelah disetujui.",
  SANDI_KEDALUWARSA: "Kata sandi sekali pakai ini sudah kedaluwarsa (berlaku 3 hari). Minta admin membuat yang baru.",
  PERLU_KODE: "Masukkan kode 6 angka dari aplikasi autentikator Anda, atau salah satu kode pemulihan.",
  KODE_SALAH: "Kode verifikasi salah atau sudah dipakai. Masukkan kode yang sedang tampil di aplikasi autentikator.",
  // next-auth's own code when authorize returns nothing
  CredentialsSignin: "NIP/nama pengguna atau kata sandi salah.",
};

/** "DIBATASI:42" → the message with the wait; unknown codes get a generic one. */
export function signInMessage(code: string): string {
  const [kind, seconds] = code.split(":");
  const base = SIGN_IN_MESSAGES[kind ?? ""] ?? "Gagal masuk. Silakan coba lagi.";
  return kind === "DIBATASI" && seconds ? `${base} Coba lagi dalam ${seconds} detik.` : base;
}
