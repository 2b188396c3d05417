// RFC 4180 CSV: quoted fields with doubled quotes and line breaks inside. A
// quote left open is an error for the whole file, with the line it began on:
// what follows it cannot be trusted.

export interface CsvRecord {
  /** the physical line the record starts on (1 = header) */
  line: number;
  fields: string[];
}

export type CsvResult = { ok: true; delimiter: string; records: CsvRecord[] } | { ok: false; line: number; message: string };

export function parseCsv(input: string): CsvResult {
  const text = input.replace(/^\uFEFF/, "");
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  // Spreadsheets set to Indonesian often write ";" between fields.
  const delimiter = firstLine.includes(";") && !firstLine.includes(",") ? ";" : ",";
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteStartLine = 0;
  let afterQuote = false;

  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields });
    fields = [];
    field = "";
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (field !== "" || afterQuote) return { ok: false, line, message: `Tanda kutip di tengah isian pada baris ${line}.` };
      quoted = true;
      quoteStartLine = line;
    } else if (ch === delimiter) {
      fields.push(field);
      field = "";
      afterQuote = false;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      afterQuote = false;
      line++;
      recordLine = line;
    } else {
      if (afterQuote) return { ok: false, line, message: `Teks setelah tanda kutip penutup pada baris ${line}.` };
      field += ch;
    }
  }
  if (quoted) return { ok: false, line: quoteStartLine, message: `Tanda kutip tidak ditutup, mulai baris ${quoteStartLine}.` };
  if (field !== "" || fields.length) endRecord();
  return { ok: true, delimiter, records };
}
