// Upload limits, stated once. The forms' hints and their size check in the
// browser (app/_components/file-field.tsx), the server's checks, and the
// request limits in next.config.ts and the API routes all read them here, so
// what a form announces is what the server enforces. Pure: the browser loads it.
const MB = 1024 * 1024;

/** "10 MB", "1 MB" */
export const megabytes = (bytes: number) => `${Math.round(bytes / MB)} MB`;

export const ACCEPTED = "PDF, JPEG, PNG, DOCX atau XLSX";
/** For the file input's accept attribute: a hint to the browser; the server decides by content. */
export const ACCEPT_ATTRIBUTE =
  ".pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface UploadRule {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  /** the input's accept attribute */
  accept: string;
  /** what is accepted, in words */
  accepted: string;
}

export const UPLOAD_RULES = {
  /** complaints, answers of the complainant, evidence of step 10 */
  attachments: { maxFiles: 10, maxFileBytes: 10 * MB, maxTotalBytes: 25 * MB, accept: ACCEPT_ATTRIBUTE, accepted: ACCEPTED },
  /** Lapak Aduan's CSV export at /aduan/impor */
  csv: { maxFiles: 1, maxFileBytes: 2 * MB, maxTotalBytes: 2 * MB, accept: ".csv,text/csv", accepted: "CSV" },
  /** the coat of arms on the letterheads */
  lambang: { maxFiles: 1, maxFileBytes: 1 * MB, maxTotalBytes: 1 * MB, accept: "image/png,image/jpeg", accepted: "Gambar PNG atau JPEG" },
  /** a letter checked on /verifikasi */
  verification: { maxFiles: 1, maxFileBytes: 10 * MB, maxTotalBytes: 10 * MB, accept: ".pdf,.docx", accepted: "PDF atau DOCX" },
} as const satisfies Record<string, UploadRule>;

export type UploadRuleName = keyof typeof UPLOAD_RULES;

export const MAX_FILES = UPLOAD_RULES.attachments.maxFiles;
export const MAX_FILE_BYTES = UPLOAD_RULES.attachments.maxFileBytes;
export const MAX_TOTAL_BYTES = UPLOAD_RULES.attachments.maxTotalBytes;

/** The rule in words, as the form's hint says it. */
export function describeRule(rule: UploadRule): string {
  if (rule.maxFiles === 1) return `${rule.accepted}; paling besar ${megabytes(rule.maxFileBytes)}.`;
  return `${rule.accepted}; paling banyak ${rule.maxFiles} berkas, ${megabytes(rule.maxFileBytes)} per berkas, ${megabytes(rule.maxTotalBytes)} seluruhnya.`;
}

/** The name as its owner knows it, without any folder a browser or client put in front, for messages. */
export function shownName(name: string): string {
  return (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").slice(0, 80) || "tanpa nama";
}

type Sized = { name: string; size: number };

/** The count and the total of a choice of files. */
export function choiceProblems(files: readonly Sized[], rule: UploadRule): string[] {
  const problems: string[] = [];
  if (files.length > rule.maxFiles) problems.push(rule.maxFiles === 1 ? "Pilih satu berkas saja." : `Paling banyak ${rule.maxFiles} berkas.`);
  const total = files.reduce((s, f) => s + f.size, 0);
  if (rule.maxFiles > 1 && total > rule.maxTotalBytes) problems.push(`Ukuran semua berkas paling banyak ${megabytes(rule.maxTotalBytes)}.`);
  return problems;
}

/** One file's size. */
export function fileSizeProblem(f: Sized, rule: UploadRule): string | null {
  if (f.size === 0) return `${shownName(f.name)}: berkas kosong.`;
  if (f.size > rule.maxFileBytes) return `${shownName(f.name)}: lebih dari ${megabytes(rule.maxFileBytes)}.`;
  return null;
}

/**
 * What is wrong with these files' number and sizes: the same sentences in
 * the browser (on selection) and on the server.
 */
export function sizeProblems(files: readonly Sized[], rule: UploadRule): string[] {
  return [...choiceProblems(files, rule), ...files.map((f) => fileSizeProblem(f, rule)).filter((p): p is string => p !== null)];
}

/**
 * A form's whole request: its files at most 25 MB plus the typed text
 * around them. Server actions and the proxy in front of them (next.config.ts)
 * accept this much, so a request the browser let through always reaches the
 * checks that answer with a message under the field.
 */
export const MAX_FORM_REQUEST_BYTES = MAX_TOTAL_BYTES + 2 * MB;

/** Lapak Aduan's push: 25 MB of attachments as base64 (4/3) and the ticket's text (docs/lapak-aduan.md). */
export const MAX_LAPAK_REQUEST_BYTES = 35 * MB;

/** A sign-in form: a login, a password of at most 128 characters, a code and next-auth's own fields. */
export const MAX_SIGN_IN_REQUEST_BYTES = 16 * 1024;
