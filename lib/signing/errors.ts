// Why a signature could not be made, in the words the Inspektur reads. Every
// one of them leaves the step undone: the document stays unsigned.
import { DomainError } from "@/lib/errors";

export type SigningFailure =
  | "TTE_SERTIFIKAT_TIDAK_ADA"
  | "TTE_KATA_SANDI_SALAH"
  | "TTE_SERTIFIKAT_RUSAK"
  | "TTE_SERTIFIKAT_KEDALUWARSA"
  | "TTE_NAMA_TIDAK_SESUAI"
  | "TTE_LAYANAN_GAGAL"
  | "TTE_LAYANAN_TIDAK_MENJAWAB"
  | "TTE_DATA_KURANG";

export class SigningError extends DomainError {
  constructor(code: SigningFailure, message: string) {
    super(code, `${message} Dokumen tidak ditandatangani dan langkah ini belum dilakukan.`);
  }
}
