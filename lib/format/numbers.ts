// Numbers as Indonesian letters and pages write them.

/** 1234567n → "Rp1.234.567,00" */
export function formatRupiah(value: bigint | number): string {
  const whole = BigInt(value);
  const negative = whole < 0n;
  const digits = (negative ? -whole : whole).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}Rp${digits},00`;
}

/** 1234567n → "1.234.567" (for a form field) */
export function formatThousands(value: bigint | number): string {
  return BigInt(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Bytes as "1,2 MB" / "340 KB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 }).format(n / 1024 / 1024)} MB`;
  return `${Math.max(1, Math.round(n / 1024))} KB`;
}
