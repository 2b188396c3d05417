// PAdES signatures as a PDF reader and poppler's pdfsig see them, and every
// way a credential or a signing service can fail.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModel } from "@/lib/documents/build";
import { renderPdf } from "@/lib/documents/render-pdf";
import { FIXED_CONTEXT, SPT_CONTENT } from "@/tests/document-fixtures";
import { type FakeBsre, startFakeBsre } from "@/tests/fake-bsre";
import { bareName } from "./credential";
import { issueP12, newCa } from "./issue";
import { readSignature } from "./read-signature";
import { credentialStatus, prepareSigner } from "./signer";

const INSPEKTUR = { username: "inspektur", name: "Dr. Bambang Widodo, S.H., M.Si." };
const META = { reason: "Penandatanganan Surat Perintah Tugas", location: "Purwokerto", contactInfo: "", signingTime: new Date("2026-12-02T01:30:00Z") };

let pdf: Buffer;
let dir: string;
const saved = { ...process.env };

function pdfsig(bytes: Buffer): string {
  const file = path.join(dir, `sig-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  // pdfsig exits non-zero for an invalid signature; its report is what matters.
  const r = spawnSync("pdfsig", [file], { encoding: "utf8" });
  return `${r.stdout}${r.stderr}`;
}

function withEnv(env: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

beforeAll(async () => {
  execFileSync("pdfsig", ["-v"], { stdio: "ignore" });
  dir = mkdtempSync(path.join(tmpdir(), "sipadu-tte-"));
  pdf = await renderPdf(buildModel("SPT", SPT_CONTENT, FIXED_CONTEXT, false));
});

afterAll(() => {
  process.env = saved;
  rmSync(dir, { recursive: true, force: true });
});

describe("a demo signature", () => {
  it("is a valid PAdES signature over the whole file, by the signer, from the demo CA", async () => {
    withEnv({ SIPADU_TTE: "demo" });
    const signed = await prepareSigner(INSPEKTUR, new Date(), { attended: true }).sign(pdf, META);
    const report = pdfsig(signed);
    expect(report).toContain("Signature Validation: Signature is Valid.");
    expect(report).toContain("Signature Type: ETSI.CAdES.detached");
    expect(report).toContain("Total document signed");
    expect(report).toContain("Signer Certificate Common Name: BAMBANG WIDODO");

    const read = await readSignature(signed);
    expect(read).toMatchObject({
      signerName: "BAMBANG WIDODO",
      issuerName: "SIPADU Demo CA",
      signatureValid: true,
      coversWholeFile: true,
      demo: true,
      trusted: true,
      subFilter: "ETSI.CAdES.detached",
      location: "Purwokerto",
    });
    expect(read!.signingTime?.toISOString()).toBe("2026-12-02T01:30:00.000Z");
    expect(read!.reason).toContain("Surat Perintah Tugas");
  });

  it("one changed byte makes it invalid, for pdfsig and for SIPADU; bytes added after signing are seen", async () => {
    withEnv({ SIPADU_TTE: "demo" });
    const signed = await prepareSigner(INSPEKTUR, new Date(), { attended: true }).sign(pdf, META);
    const changed = Buffer.from(signed);
    changed[2000] = changed[2000]! ^ 1;
    expect(pdfsig(changed)).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
    expect(await readSignature(changed)).toMatchObject({ signatureValid: false });

    const appended = Buffer.concat([signed, Buffer.from("\n% ditambahkan sesudah ditandatangani\n")]);
    expect(pdfsig(appended)).not.toContain("Total document signed");
    expect(await readSignature(appended)).toMatchObject({ signatureValid: true, coversWholeFile: false });

    expect(await readSignature(pdf)).toBeNull();
  });

  it("issues a certificate on first use for a signer who has none in demo/tte", async () => {
    withEnv({ SIPADU_TTE: "demo" });
    const signed = await prepareSigner({ username: "plt-inspektur", name: "Ir. Sri Rahayu, M.T." }, new Date(), { attended: false }).sign(pdf, META);
    expect(await readSignature(signed)).toMatchObject({ signerName: "SRI RAHAYU", demo: true, signatureValid: true });
  });
});

describe("a local PKCS#12 credential", () => {
  const ca = newCa("Uji CA Lokal");
  const file = (username: string, bytes: Uint8Array, passphrase?: string) => {
    writeFileSync(path.join(dir, `${username}.p12`), bytes);
    if (passphrase !== undefined) writeFileSync(path.join(dir, `${username}.passphrase`), `${passphrase}\n`);
  };

  it("signs with the signer's own certificate (not a demo one)", async () => {
    file("inspektur", issueP12(ca, "Bambang Widodo", "kata-sandi-uji"), "kata-sandi-uji");
    withEnv({ SIPADU_TTE: "local", SIPADU_TTE_DIR: dir });
    const signed = await prepareSigner(INSPEKTUR, new Date(), { attended: true }).sign(pdf, META);
    expect(pdfsig(signed)).toContain("Signature is Valid.");
    // Its CA is not one this installation trusts: the page will say so.
    expect(await readSignature(signed)).toMatchObject({
      signerName: "Bambang Widodo",
      issuerName: "Uji CA Lokal",
      demo: false,
      trusted: false,
      signatureValid: true,
    });
  });

  it("reads a PKCS#12 made by OpenSSL (AES, PBES2), as CAs hand them out", async () => {
    const keyFile = path.join(dir, "k.pem");
    const certFile = path.join(dir, "c.pem");
    execFileSync(
      "openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyFile, "-out", certFile, "-days", "30", "-subj", "/C=ID/O=Uji/CN=BAMBANG WIDODO"],
      { stdio: "ignore" },
    );
    execFileSync(
      "openssl",
      ["pkcs12", "-export", "-inkey", keyFile, "-in", certFile, "-out", path.join(dir, "openssl.p12"), "-passout", "pass:rahasia-openssl"],
      { stdio: "ignore" },
    );
    writeFileSync(path.join(dir, "openssl.passphrase"), "rahasia-openssl");
    withEnv({ SIPADU_TTE: "local", SIPADU_TTE_DIR: dir });
    const signed = await prepareSigner({ username: "openssl", name: INSPEKTUR.name }, new Date(), { attended: true }).sign(pdf, META);
    expect(pdfsig(signed)).toContain("Signature is Valid.");
  });

  it("refuses, saying why: no file, wrong passphrase, expired, another person's name, not a PKCS#12", () => {
    withEnv({ SIPADU_TTE: "local", SIPADU_TTE_DIR: dir, SIPADU_TTE_PASSPHRASE: undefined });
    const attempt = (username: string, name = INSPEKTUR.name, at = new Date()) => {
      try {
        prepareSigner({ username, name }, at, { attended: true });
      } catch (e) {
        return e as { code: string; message: string };
      }
      throw new Error("signed");
    };
    expect(attempt("tidak-ada")).toMatchObject({ code: "TTE_SERTIFIKAT_TIDAK_ADA", message: expect.stringContaining("belum dipasang (berkas tidak-ada.p12") });

    file("salah", issueP12(ca, "Bambang Widodo", "benar"), "keliru");
    expect(attempt("salah")).toMatchObject({
      code: "TTE_KATA_SANDI_SALAH",
      message: expect.stringContaining("Kata sandi sertifikat elektronik milik Dr. Bambang Widodo, S.H., M.Si. salah."),
    });

    file("lama", issueP12(ca, "Bambang Widodo", "p", { notBefore: new Date("2023-01-01"), notAfter: new Date("2025-01-01") }), "p");
    expect(attempt("lama")).toMatchObject({ code: "TTE_SERTIFIKAT_KEDALUWARSA", message: expect.stringContaining("sudah kedaluwarsa sejak 1 Januari 2025") });

    file("orang-lain", issueP12(ca, "Siti Aminah", "p"), "p");
    expect(attempt("orang-lain")).toMatchObject({
      code: "TTE_NAMA_TIDAK_SESUAI",
      message: expect.stringContaining("atas nama “Siti Aminah”, bukan penanda tangan"),
    });

    file("rusak", new TextEncoder().encode("bukan sertifikat"), "p");
    expect(attempt("rusak")).toMatchObject({ code: "TTE_SERTIFIKAT_RUSAK" });
    // Every refusal says the step did not happen.
    expect(attempt("salah").message).toContain("Dokumen tidak ditandatangani dan langkah ini belum dilakukan.");
  });

  it("tells the admin, before anyone signs, whether the server can sign for the Inspektur", () => {
    withEnv({ SIPADU_TTE: "local", SIPADU_TTE_DIR: dir });
    expect(credentialStatus({ username: "belum-ada", name: INSPEKTUR.name })).toMatchObject({
      mode: "local",
      ok: false,
      message: expect.stringContaining("belum dipasang"),
    });
    withEnv({ SIPADU_TTE: "demo" });
    expect(credentialStatus(INSPEKTUR)).toMatchObject({ mode: "demo", ok: true, subjectName: "BAMBANG WIDODO", issuerName: "SIPADU Demo CA" });
  });

  it("compares names without titles and punctuation", () => {
    expect(bareName("Dr. Bambang Widodo, S.H., M.Si.")).toBe("BAMBANG WIDODO");
    expect(bareName("Ir. H. Achmad Husein")).toBe("ACHMAD HUSEIN");
    expect(bareName("BAMBANG WIDODO")).toBe("BAMBANG WIDODO");
    expect(bareName("Bambang Widodo")).not.toBe(bareName("Bambang Widodo Santoso"));
  });
});

describe("a remote signing service (BSrE-style) on loopback", () => {
  let bsre: FakeBsre;
  const NIK = "3302011505680001";
  beforeAll(async () => {
    bsre = await startFakeBsre();
    await bsre.register(NIK, "passphrase-benar", "BAMBANG WIDODO");
    await bsre.register("3302010000000002", "p", "ORANG LAIN");
  });
  afterAll(() => bsre.close());
  const remote = (timeout = "1500") =>
    withEnv({ SIPADU_TTE: "remote", SIPADU_TTE_URL: bsre.url, SIPADU_TTE_USER: bsre.user, SIPADU_TTE_PASSWORD: bsre.password, SIPADU_TTE_TIMEOUT_MS: timeout });
  const sign = (nik = NIK, passphrase = "passphrase-benar") =>
    prepareSigner(INSPEKTUR, new Date(), { attended: true, secret: { nik, passphrase } }).sign(pdf, META);

  it("sends the PDF with the NIK and passphrase and keeps the signed PDF it returns", async () => {
    remote();
    bsre.behaviour = "ok";
    const signed = await sign();
    expect(pdfsig(signed)).toContain("Signature is Valid.");
    expect(await readSignature(signed)).toMatchObject({ signerName: "BAMBANG WIDODO", issuerName: "Fake BSrE Test CA", coversWholeFile: true, demo: false });
  });

  it("refuses with the reason: no NIK, wrong passphrase, someone else's certificate, 5xx, a broken answer, a timeout (not retried)", async () => {
    remote();
    const failure = async (p: () => Promise<unknown>) =>
      p().then(
        () => ({ code: "SIGNED", message: "" }),
        (e: { code: string; message: string }) => e,
      );
    expect(() => prepareSigner(INSPEKTUR, new Date(), { attended: true, secret: { nik: "", passphrase: "" } })).toThrow("Isi NIK dan passphrase TTE Anda");
    bsre.behaviour = "ok";
    expect(await failure(() => sign(NIK, "salah"))).toMatchObject({ code: "TTE_KATA_SANDI_SALAH" });
    expect(await failure(() => sign("3302010000000002", "p"))).toMatchObject({ code: "TTE_NAMA_TIDAK_SESUAI" });
    bsre.behaviour = "error500";
    expect(await failure(() => sign())).toMatchObject({ code: "TTE_LAYANAN_GAGAL", message: expect.stringContaining("HTTP 500") });
    bsre.behaviour = "garbage";
    expect(await failure(() => sign())).toMatchObject({ code: "TTE_LAYANAN_GAGAL" });
    bsre.behaviour = "slow";
    const before = bsre.requests;
    remote("300");
    expect(await failure(() => sign())).toMatchObject({ code: "TTE_LAYANAN_TIDAK_MENJAWAB", message: expect.stringContaining("tidak menjawab") });
    expect(bsre.requests - before).toBe(1);
    withEnv({ SIPADU_TTE_PASSWORD: "salah" });
    bsre.behaviour = "ok";
    expect(await failure(() => sign())).toMatchObject({ code: "TTE_LAYANAN_GAGAL", message: expect.stringContaining("tidak diizinkan") });
  });

  it("signs an unattended letter (step 11) with the local credential, not the service", async () => {
    remote();
    withEnv({ SIPADU_TTE_DIR: dir });
    writeFileSync(path.join(dir, "inspektur.p12"), issueP12(newCa("Segel CA"), "Bambang Widodo", "s"));
    writeFileSync(path.join(dir, "inspektur.passphrase"), "s");
    const before = bsre.requests;
    const signed = await prepareSigner(INSPEKTUR, new Date(), { attended: false }).sign(pdf, META);
    expect(await readSignature(signed)).toMatchObject({ issuerName: "Segel CA", signatureValid: true });
    expect(bsre.requests).toBe(before);
  });
});
