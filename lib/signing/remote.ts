// The remote signer: the PDF goes to a signing service in the shape of
// BSrE's e-sign API (POST /api/v2/sign/pdf, Basic auth, JSON with the
// signer's NIK and passphrase and the file in base64; 200 with the signed
// file in base64). The answer is checked like any uploaded PDF before it is
// kept: a valid signature over the whole file, by the person who signs.
// A timeout is an unknown outcome: nothing is retried, the step is not done.
import type { RemoteConfig } from "./config";
import { bareName } from "./credential";
import { SigningError } from "./errors";
import type { SignatureMeta } from "./pades";
import { readSignature } from "./read-signature";

/** What the signer typed for a remote signature: never stored, never logged. */
export interface RemoteSecret {
  nik: string;
  passphrase: string;
}

const MAX_ANSWER_BYTES = 40 * 1024 * 1024;

function serviceMessage(body: unknown): string | null {
  if (!body || typeof body !== "object") return null;
  const b = body as Record<string, unknown>;
  const m = b.error ?? b.message;
  return typeof m === "string" && m.length < 300 ? m : null;
}

export async function remoteSign(config: RemoteConfig, pdf: Buffer, secret: RemoteSecret, meta: SignatureMeta): Promise<Buffer> {
  const body = JSON.stringify({
    nik: secret.nik,
    passphrase: secret.passphrase,
    signatureProperties: [{ tampilan: "INVISIBLE", location: meta.location, reason: meta.reason }],
    file: [pdf.toString("base64")],
  });
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (config.user || config.password) headers.authorization = `Basic ${Buffer.from(`${config.user}:${config.password}`).toString("base64")}`;
  let res: Response;
  try {
    res = await fetch(`${config.url}/api/v2/sign/pdf`, { method: "POST", headers, body, signal: AbortSignal.timeout(config.timeoutMs), redirect: "error" });
  } catch (e) {
    const timedOut = (e as Error).name === "TimeoutError" || (e as Error).name === "AbortError";
    throw timedOut
      ? new SigningError(
          "TTE_LAYANAN_TIDAK_MENJAWAB",
          `Layanan TTE tidak menjawab dalam ${Math.round(config.timeoutMs / 1000)} detik; hasilnya tidak diketahui dan tidak dipakai. Coba lagi beberapa saat lagi.`,
        )
      : new SigningError("TTE_LAYANAN_GAGAL", "Layanan TTE tidak dapat dihubungi.");
  }
  const text = await res.text();
  if (text.length > MAX_ANSWER_BYTES) throw new SigningError("TTE_LAYANAN_GAGAL", "Jawaban layanan TTE terlalu besar.");
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  if (res.status === 401 && serviceMessage(json)?.toLowerCase().includes("passphrase")) {
    throw new SigningError("TTE_KATA_SANDI_SALAH", "NIK atau passphrase TTE tidak cocok menurut layanan TTE.");
  }
  if (res.status === 401 || res.status === 403)
    throw new SigningError("TTE_LAYANAN_GAGAL", "SIPADU tidak diizinkan memakai layanan TTE (periksa SIPADU_TTE_USER dan SIPADU_TTE_PASSWORD).");
  if (res.status >= 400 && res.status < 500) {
    const said = serviceMessage(json);
    throw new SigningError(
      /passphrase|nik/i.test(said ?? "") ? "TTE_KATA_SANDI_SALAH" : "TTE_LAYANAN_GAGAL",
      `Layanan TTE menolak permintaan${said ? `: ${said}` : ""}.`,
    );
  }
  if (res.status !== 200) throw new SigningError("TTE_LAYANAN_GAGAL", `Layanan TTE sedang bermasalah (HTTP ${res.status}).`);
  const file = (json as { file?: unknown } | null)?.file;
  const first = Array.isArray(file) ? file[0] : null;
  if (typeof first !== "string" || !/^[A-Za-z0-9+/=\s]+$/.test(first))
    throw new SigningError("TTE_LAYANAN_GAGAL", "Jawaban layanan TTE tidak memuat berkas PDF.");
  const signed = Buffer.from(first, "base64");
  const report = await readSignature(signed);
  if (!report || !report.signatureValid || !report.coversWholeFile)
    throw new SigningError("TTE_LAYANAN_GAGAL", "Berkas dari layanan TTE tidak bertanda tangan yang sah.");
  // The service must have signed the document SIPADU sent, not another one.
  if (!signed.subarray(0, pdf.length - 8).equals(pdf.subarray(0, pdf.length - 8)))
    throw new SigningError("TTE_LAYANAN_GAGAL", "Layanan TTE mengembalikan dokumen yang berbeda.");
  if (bareName(report.signerName) !== bareName(meta.name)) {
    throw new SigningError("TTE_NAMA_TIDAK_SESUAI", `Sertifikat elektronik atas nama “${report.signerName}”, bukan penanda tangan “${meta.name}”.`);
  }
  return signed;
}
