// Upload limits, shared by the server's checks and the forms' hints.
export const MAX_FILES = 10;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 25 * 1024 * 1024;
export const ACCEPTED = "PDF, JPEG, PNG, DOCX atau XLSX";
/** For the file input's accept attribute: a hint to the browser; the server decides by content. */
export const ACCEPT_ATTRIBUTE =
  ".pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
