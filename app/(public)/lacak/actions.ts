"use server";
// The complainant's actions. The case comes from the signed tracking cookie
// that the receipt code opened, never from the form.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { DomainError } from "@/lib/errors";
import { answerComplainantQuestion } from "@/lib/intake/messages";
import { findByReceiptCode } from "@/lib/intake/tracking";
import { publicAction } from "@/lib/public/action";
import { TRACKING_COOKIE, TRACKING_TTL_S, caseOfToken, trackingToken } from "@/lib/public/tracking-session";
import { confirmCase } from "@/lib/steps/confirm";

async function trackedCase(): Promise<string> {
  const caseId = caseOfToken((await cookies()).get(TRACKING_COOKIE)?.value);
  if (!caseId) throw new DomainError("SESI_BERAKHIR", "Sesi pelacakan berakhir. Masukkan kembali kode tanda terima Anda.");
  return caseId;
}

export const lookupAction = publicAction(async (input, client) => {
  const caseId = await findByReceiptCode(input, client);
  (await cookies()).set(TRACKING_COOKIE, trackingToken(caseId), {
    httpOnly: true,
    sameSite: "strict",
    secure: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
    path: "/lacak",
    maxAge: TRACKING_TTL_S,
  });
  return { message: "Aduan ditemukan." };
});

export const answerAction = publicAction(async (input) => {
  await answerComplainantQuestion(await trackedCase(), input);
  return { message: "Jawaban Anda telah terkirim kepada tim pengaduan. Terima kasih." };
});

export const confirmAction = publicAction(async (input) => {
  const { to } = await confirmCase(await trackedCase(), "PELAPOR", input);
  return {
    message:
      to === "SELESAI" ? "Terima kasih. Aduan Anda dinyatakan selesai." : "Terima kasih. Aduan Anda dikembalikan kepada tim pengaduan untuk ditindaklanjuti.",
  };
});

export async function leaveAction() {
  (await cookies()).delete({ name: TRACKING_COOKIE, path: "/lacak" });
  redirect("/lacak");
}
