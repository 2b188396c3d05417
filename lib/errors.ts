// Expected failures of a domain function. They travel back to the form as
// values with an Indonesian message; anything else is a bug and the user sees
// a generic message while the details go to the server log.

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    public readonly code: string,
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
