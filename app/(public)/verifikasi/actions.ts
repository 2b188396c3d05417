"use server";
import { redirect } from "next/navigation";
import { DomainError } from "@/lib/errors";
import { checkFile, normaliseCode } from "@/lib/documents/verify";
import { publicAction } from "@/lib/public/action";
import { LIMITS, allow } from "@/lib/public/rate-limit";

export const checkFileAction = publicAction(async (input, client) => {
  if (!allow("lacak", client.key)) throw new DomainError("DIBATASI", LIMITS.lacak.message);
  const result = await checkFile(String(input.code ?? ""), input.berkas);
  return { data: { genuine: result.genuine ? "ya" : "tidak", format: result.genuine ? result.format : "" } };
});

export async function goToCodeAction(form: FormData) {
  const code = normaliseCode(String(form.get("code") ?? ""));
  redirect(code ? `/verifikasi/${code}` : "/verifikasi?salah=1");
}
