"use server";
import { redirect } from "next/navigation";
import { DomainError } from "@/lib/errors";
import { checkFile, normaliseCode } from "@/lib/documents/verify";
import { formatDateTime } from "@/lib/format/dates";
import { publicAction } from "@/lib/public/action";
import { LIMITS, allow } from "@/lib/public/rate-limit";

export const checkFileAction = publicAction(async (input, client) => {
  if (!allow("lacak", client.key)) throw new DomainError("DIBATASI", LIMITS.lacak.message);
  const result = await checkFile(String(input.code ?? ""), input.berkas);
  const sig = result.signature;
  return {
    data: {
      genuine: result.genuine ? "ya" : "tidak",
      format: result.format ?? "",
      // The uploaded PDF's own signature, read from its bytes (flattened: form state carries strings).
      signed: sig ? "ya" : "tidak",
      ...(sig
        ? {
            signer: sig.signerName,
            issuer: sig.issuerName,
            signedAt: sig.signingTime ? formatDateTime(sig.signingTime) : "",
            intact: sig.signatureValid && sig.coversWholeFile ? "ya" : sig.signatureValid ? "ditambah" : "tidak",
            demo: sig.demo ? "ya" : "tidak",
            trusted: sig.trusted ? "ya" : "tidak",
          }
        : {}),
    },
  };
});

export async function goToCodeAction(form: FormData) {
  const code = normaliseCode(String(form.get("code") ?? ""));
  redirect(code ? `/verifikasi/${code}` : "/verifikasi?salah=1");
}
