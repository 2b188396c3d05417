// Expected failures of a domain function. They travel back to the form as
// values with an Indonesian message; anything else is a bug and the user sees
// a generic message while the details go to the server log.
import type { SigningFailure } from "@/lib/signing/errors";

export type FieldErrors = Record<string, string[]>;

/**
 * Every code a domain function may fail with: a closed list, so a form or a
 * client (the Lapak Aduan API answers with the code) can rely on it.
 */
export type DomainErrorCode =
  // the general ones (the classes below)
  | "TIDAK_VALID"
  | "TIDAK_DITEMUKAN"
  | "TIDAK_BERWENANG"
  | "KONFLIK"
  | "BELUM_MASUK"
  // the procedure
  | "STATUS_BERUBAH"
  | "BELUM_WAKTUNYA"
  | "SUDAH_SELESAI"
  | "SUDAH_DIPUTUS"
  | "TANPA_TL"
  | "TANPA_RENCANA"
  | "TANPA_KETUA"
  | "TANPA_DRAF"
  | "TANPA_SPT"
  | "TANPA_LAPORAN"
  | "TANPA_PENANDA_TANGAN"
  | "TANPA_PERTANYAAN"
  | "LAPORAN_BELUM_LENGKAP"
  | "LAPORAN_BELUM_DISETUJUI"
  | "BELUM_DISIAPKAN"
  | "TIDAK_PERLU"
  // the public and intake
  | "TIDAK_DIKENAL"
  | "DIBATASI"
  | "SUDAH_ADA"
  | "SUDAH_TERKIRIM"
  | "TANPA_BERKAS"
  | "TERLALU_BESAR"
  | "CSV"
  | "WAJIB"
  // accounts
  | "DIRI_SENDIRI"
  | "SUDAH_AKTIF"
  | "KODE_SALAH"
  | "SANDI_SALAH"
  | "SESI_BERAKHIR"
  | "WAJIB_GANTI_SANDI"
  | "WAJIB_DUA_LANGKAH"
  // electronic signatures (lib/signing/errors.ts)
  | SigningFailure;

export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
    public readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export class ValidationError extends DomainError {
  constructor(fieldErrors: FieldErrors, message = "Periksa kembali isian yang ditandai.") {
    super("TIDAK_VALID", message, fieldErrors);
  }
}

/** Also what an actor gets for a record outside their scope: never "forbidden". */
export class NotFoundError extends DomainError {
  constructor(message = "Data tidak ditemukan.") {
    super("TIDAK_DITEMUKAN", message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "Anda tidak berwenang melakukan tindakan ini.") {
    super("TIDAK_BERWENANG", message);
  }
}

export class ConflictError extends DomainError {
  constructor(message = "Data telah diubah oleh pengguna lain. Muat ulang halaman lalu coba lagi.") {
    super("KONFLIK", message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = "Sesi Anda telah berakhir. Silakan masuk kembali.") {
    super("BELUM_MASUK", message);
  }
}

export const GENERIC_ERROR_MESSAGE = "Terjadi kesalahan pada sistem. Silakan coba lagi; bila berulang, hubungi admin.";
