// NIP (Nomor Induk Pegawai): 18 digits — birth date (8), appointment year and
// month (6), sex (1: laki-laki, 2: perempuan), sequence (3).

import { civilDateAt, civilToUtcMs } from "@/lib/format/dates";

export type NipCheck = { ok: true; nip: string } | { ok: false; message: string };

function isRealDate(civil: string): boolean {
  try {
    civilToUtcMs(civil);
    return true;
  } catch {
    return false;
  }
}

/** Validates a NIP as typed (spaces allowed) and returns it as 18 plain digits. */
export function checkNip(input: string, today: Date = new Date()): NipCheck {
  const nip = input.replace(/\s+/g, "");
  if (!/^\d{18}$/.test(nip)) return { ok: false, message: "NIP harus terdiri dari 18 angka." };
  const by = Number(nip.slice(0, 4));
  const born = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const ay = Number(nip.slice(8, 12));
  const am = Number(nip.slice(12, 14));
  const sex = nip[14];
  const seq = nip.slice(15);
  // Today as Jakarta has it: at 05:30 WIB on 1 January the year has already turned there.
  const todayCivil = civilDateAt(today);
  const thisYear = Number(todayCivil.slice(0, 4));
  if (by < 1930 || !isRealDate(born) || born > todayCivil) {
    return { ok: false, message: "8 angka pertama NIP harus tanggal lahir yang benar (TTTTBBHH)." };
  }
  if (am < 1 || am > 12) {
    return { ok: false, message: "Bulan pengangkatan pada NIP (angka ke-13 dan ke-14) harus 01–12." };
  }
  if (ay < by + 15 || ay > thisYear + 1) {
    return { ok: false, message: "Tahun pengangkatan pada NIP (angka ke-9 s.d. ke-12) tidak masuk akal untuk tanggal lahirnya." };
  }
  if (sex !== "1" && sex !== "2") {
    return { ok: false, message: "Angka ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan)." };
  }
  if (seq === "000") return { ok: false, message: "Nomor urut pada NIP (3 angka terakhir) tidak boleh 000." };
  return { ok: true, nip };
}

/** `197001011995031001` → `19700101 199503 1 001`, as letters print it. */
export function formatNip(nip: string): string {
  if (!/^\d{18}$/.test(nip)) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip[14]} ${nip.slice(15)}`;
}
