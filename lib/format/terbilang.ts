// Numbers in Indonesian words, as letters write them beside the figures:
// "10 (sepuluh) hari kerja", "Rp1.250.000,00 (satu juta dua ratus lima puluh ribu rupiah)".

const ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];
const SCALES: [bigint, string][] = [
  [10n ** 12n, "triliun"],
  [10n ** 9n, "miliar"],
  [10n ** 6n, "juta"],
];

function below1000(n: number): string {
  if (n < 12) return ONES[n]!;
  if (n < 20) return `${ONES[n - 10]} belas`;
  if (n < 100) return `${ONES[Math.floor(n / 10)]} puluh${n % 10 ? ` ${ONES[n % 10]}` : ""}`;
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return `${hundreds === 1 ? "seratus" : `${ONES[hundreds]} ratus`}${rest ? ` ${below1000(rest)}` : ""}`;
}

function below1e6(n: number): string {
  if (n < 1000) return below1000(n);
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return `${thousands === 1 ? "seribu" : `${below1000(thousands)} ribu`}${rest ? ` ${below1000(rest)}` : ""}`;
}

/** 0 → "nol", 1 234 567 → "satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh"; up to 999 triliun. */
export function terbilang(value: number | bigint): string {
  let n = BigInt(value);
  if (n < 0n) return `minus ${terbilang(-n)}`;
  if (n === 0n) return "nol";
  if (n >= 10n ** 15n) throw new RangeError("terbilang: angka terlalu besar");
  const parts: string[] = [];
  for (const [size, word] of SCALES) {
    if (n >= size) {
      parts.push(`${below1000(Number(n / size))} ${word}`);
      n %= size;
    }
  }
  if (n > 0n) parts.push(below1e6(Number(n)));
  return parts.join(" ");
}

/** 10 → "10 (sepuluh)" */
export function withWords(n: number | bigint): string {
  return `${n} (${terbilang(n)})`;
}

/** Loss in a letter: "Rp1.250.000,00 (satu juta dua ratus lima puluh ribu rupiah)". */
export function rupiahWithWords(value: bigint | number, formatRupiah: (v: bigint | number) => string): string {
  return `${formatRupiah(value)} (${terbilang(value)} rupiah)`;
}
