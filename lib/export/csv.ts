// CSV as spreadsheets open it: RFC 4180 quoting, CRLF line ends and a UTF-8
// byte-order mark so Excel reads "Purwokerto, Banyumas" and "ñ" correctly.
// A cell that starts like a formula is prefixed with ' so that opening the
// file never runs anything a complainant typed (CSV injection).

export type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "Ya" : "Tidak";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export const CSV_BOM = "\uFEFF";

export function toCsv(header: string[], rows: Cell[][]): string {
  return CSV_BOM + csvLine(header) + rows.map(csvLine).join("");
}
