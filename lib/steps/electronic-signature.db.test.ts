// The electronic signature belongs to the step: when it cannot be made
// (a wrong passphrase, no certificate, a signing service that does not
// answer) the step is not done — the case, its history, the numbering and the
// draft are as they were — and the message says why. When it is made, the
// stored PDF carries it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { documentFile } from "@/lib/documents/downloads";
import { issueP12, newCa } from "@/lib/signing/issue";
import { readSignature } from "@/lib/signing/read-signature";
import { approveReport } from "@/lib/steps/approve-report";
import { notifyComplainant } from "@/lib/steps/notify-complainant";
import { signSpt } from "@/lib/steps/sign-spt";
import { REPORT_APPROVAL } from "@/lib/workflow/steps";
import { expectDomainError } from "@/tests/expect-errors";
import { type FakeBsre, startFakeBsre } from "@/tests/fake-bsre";
import { type Crew, caseWaitingFor, seedCrew, validInput, versionOf } from "@/tests/workflow";

const provider = databaseConfig().provider;
const saved = { ...process.env };
let crew: Crew;
let dir: string;
let bsre: FakeBsre;
let username: string;
const NIK = "3302011505680009";

beforeAll(async () => {
  crew = await seedCrew();
  dir = mkdtempSync(path.join(tmpdir(), "sipadu-tte-db-"));
  bsre = await startFakeBsre();
  await bsre.register(NIK, "passphrase-inspektur", "INSPEKTUR UJI");
  username = (await db.user.findUniqueOrThrow({ where: { id: crew.inspektur.id } })).username;
});
afterEach(() => {
  process.env = { ...saved };
});
afterAll(async () => {
  await bsre.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Everything a failed signing must leave as it was. */
async function snapshot(caseId: string) {
  const [kase, history, documents, sequences] = await Promise.all([
    db.case.findUniqueOrThrow({ where: { id: caseId }, select: { version: true, status: true } }),
    db.historyEvent.count({ where: { caseId } }),
    db.document.findMany({ where: { caseId }, select: { id: true, status: true, number: true, pdfFileId: true }, orderBy: { id: "asc" } }),
    db.numberSequence.findMany({ orderBy: [{ key: "asc" }, { year: "asc" }] }),
  ]);
  return { kase, history, documents, sequences };
}

const local = () => Object.assign(process.env, { SIPADU_TTE: "local", SIPADU_TTE_DIR: dir });
const remote = (timeoutMs = 2000) =>
  Object.assign(process.env, {
    SIPADU_TTE: "remote",
    SIPADU_TTE_DIR: dir,
    SIPADU_TTE_URL: bsre.url,
    SIPADU_TTE_USER: bsre.user,
    SIPADU_TTE_PASSWORD: bsre.password,
    SIPADU_TTE_TIMEOUT_MS: String(timeoutMs),
  });

describe(`electronic signatures in the steps (${provider})`, () => {
  it("step 8 with a wrong certificate passphrase signs nothing; with the right one the SPT's PDF is signed", async () => {
    const caseId = await caseWaitingFor(crew, 8);
    local();
    writeFileSync(path.join(dir, `${username}.p12`), issueP12(newCa("CA Uji"), "Inspektur Uji", "benar"));
    writeFileSync(path.join(dir, `${username}.passphrase`), "keliru");
    const before = await snapshot(caseId);
    const error = await expectDomainError(async () => signSpt(crew.inspektur, await validInput(8, crew, caseId)), "TTE_KATA_SANDI_SALAH");
    expect(error.message).toContain("Dokumen tidak ditandatangani dan langkah ini belum dilakukan.");
    expect(await snapshot(caseId)).toEqual(before);

    writeFileSync(path.join(dir, `${username}.passphrase`), "benar");
    await signSpt(crew.inspektur, await validInput(8, crew, caseId));
    const doc = await db.document.findFirstOrThrow({ where: { caseId, type: "SPT" } });
    const pdf = await documentFile(crew.inspektur, doc.id, "pdf");
    expect(await readSignature(Buffer.from(pdf.bytes))).toMatchObject({
      signerName: "Inspektur Uji",
      issuerName: "CA Uji",
      signatureValid: true,
      coversWholeFile: true,
    });
    const file = path.join(dir, "spt.pdf");
    writeFileSync(file, pdf.bytes);
    expect(spawnSync("pdfsig", [file], { encoding: "utf8" }).stdout).toContain("Signature is Valid.");
    // The history says how it was signed, never the secret.
    const event = await db.historyEvent.findFirstOrThrow({ where: { caseId }, orderBy: { seq: "desc" } });
    expect(JSON.stringify(event)).toContain('"tte":"local"');
  });

  it("step 10a through the signing service: a timeout leaves the report unapproved; the NIK and passphrase then sign it and are not stored", async () => {
    const caseId = await caseWaitingFor(crew, REPORT_APPROVAL);
    remote(300);
    const before = await snapshot(caseId);
    const input = { ...(await validInput(REPORT_APPROVAL, crew, caseId)), tteNik: NIK, ttePassphrase: "passphrase-inspektur" };
    await expectDomainError(async () => approveReport(crew.inspektur, { ...input, tteNik: "", ttePassphrase: "" }), "TTE_DATA_KURANG");
    bsre.behaviour = "slow";
    const late = await expectDomainError(() => approveReport(crew.inspektur, input), "TTE_LAYANAN_TIDAK_MENJAWAB");
    expect(late.message).toContain("tidak menjawab");
    bsre.behaviour = "error500";
    await expectDomainError(() => approveReport(crew.inspektur, input), "TTE_LAYANAN_GAGAL");
    bsre.behaviour = "ok";
    await expectDomainError(() => approveReport(crew.inspektur, { ...input, ttePassphrase: "salah" }), "TTE_KATA_SANDI_SALAH");
    expect(await snapshot(caseId)).toEqual(before);

    await approveReport(crew.inspektur, input);
    const report = await db.document.findFirstOrThrow({ where: { caseId, status: "DITANDATANGANI", type: { not: "SPT" } } });
    const pdf = await documentFile(crew.inspektur, report.id, "pdf");
    expect(await readSignature(Buffer.from(pdf.bytes))).toMatchObject({ signerName: "INSPEKTUR UJI", issuerName: "Fake BSrE Test CA", signatureValid: true });
    const everything =
      JSON.stringify(await db.historyEvent.findMany({ where: { caseId } })) + JSON.stringify(await db.document.findMany({ where: { caseId } }));
    expect(everything).not.toContain("passphrase-inspektur");
    expect(everything).not.toContain(NIK);
  });

  it("step 11 signs unattended with the server-held credential: without one it is refused and nothing is written", async () => {
    const caseId = await caseWaitingFor(crew, 11);
    local();
    rmSync(path.join(dir, `${username}.p12`), { force: true });
    const before = await snapshot(caseId);
    const error = await expectDomainError(async () => notifyComplainant(crew.pengaduan, await validInput(11, crew, caseId)), "TTE_SERTIFIKAT_TIDAK_ADA");
    expect(error.message).toContain(`${username}.p12`);
    expect(await snapshot(caseId)).toEqual(before);
    expect(await versionOf(caseId)).toBe(before.kase.version);
  });
});
