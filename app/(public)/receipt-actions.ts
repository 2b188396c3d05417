"use server";
// The complainant's receipt as a PDF with the receipt code on it: made on
// request from the code (which must open the case), never stored.
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { receiptFor } from "@/lib/documents/downloads";
import { normaliseReceiptCode } from "@/lib/intake/receipt-code";
import { caseIdOfReceiptCode } from "@/lib/intake/tracking";
import { allow, clientKey } from "@/lib/public/rate-limit";

export async function receiptPdfAction(code: string): Promise<{ ok: true; base64: string; fileName: string } | { ok: false; message: string }> {
  if (!allow("lacak", clientKey(clientIpFrom(await headers())))) return { ok: false, message: "Terlalu banyak permintaan. Coba lagi nanti." };
  if (typeof code !== "string" || !normaliseReceiptCode(code)) return { ok: false, message: "Kode tanda terima tidak dikenal." };
  const caseId = await caseIdOfReceiptCode(code);
  if (!caseId) return { ok: false, message: "Kode tanda terima tidak dikenal." };
  const file = await receiptFor(caseId, code.toUpperCase(), "pdf");
  return { ok: true, base64: Buffer.from(file.bytes).toString("base64"), fileName: file.fileName };
}
