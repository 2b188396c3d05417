// Official letters on the real database: signing numbers and freezes the SPT,
// the verification page knows the signed files byte for byte, twenty signers
// at once take twenty consecutive numbers, and what would make a bad letter
// (no Ketua Tim, no signer, a numbering pattern without {seq}, a coat of arms
// that is no image) is refused without changing anything.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { verifyChain } from "@/lib/history/chain";
import { SETTINGS } from "@/lib/settings/registry";
import { signSpt } from "@/lib/steps/sign-spt";
import { notifyComplainant } from "@/lib/steps/notify-complainant";
import { docxText, pdfText } from "@/tests/document-text";
import { qrCodesInPdf } from "@/tests/qr";
import { publicUrl } from "@/lib/runtime/public-url";
import { takeDocumentNumber } from "./numbering";
import { expectDomainError, expectFieldErrors } from "@/tests/expect-errors";
import { caseWaitingFor, completeFieldWork, seedCrew, validInput, versionOf, type Crew } from "@/tests/workflow";
import { STEP_FUNCTIONS } from "@/tests/workflow";
import { REPORT_APPROVAL } from "@/lib/workflow/steps";
import { approveReport } from "@/lib/steps/approve-report";
import { PLACEHOLDER_LAMBANG, letterContext } from "./context";
import { documentFile, receiptFor, reportDraftFile } from "./downloads";
import { saveLambang, saveLetterSettings } from "./letter-settings";
import { DRAFT_MARK } from "./model";
import { sha256 } from "./freeze";
import { checkFile, verificationRecord } from "./verify";

const provider = databaseConfig().provider;
let crew: Crew;

beforeAll(async () => {
  crew = await seedCrew();
});

const year = () => new Date().toLocaleString("en-CA", { timeZone: "Asia/Jakarta" }).slice(0, 4);
const spt = (caseId: string) => db.document.findFirstOrThrow({ where: { caseId, type: "SPT" } });
const sequence = (kind: string) => db.numberSequence.findFirst({ where: { key: `DOK_${kind}`, year: Number(year()) } });
const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);

/** The letter settings form as the admin submits it, from the defaults. */
function letterSettingsForm(patch: Record<string, string> = {}) {
  const i = SETTINGS.instansi.default;
  const s = SETTINGS.surat.default;
  const p = SETTINGS.penomoran.default;
  return {
    ...i,
    paper: s.paper,
    signerTitle: s.signerTitle,
    dasar: s.dasar.join("\n"),
    perbupNomor: s.perbupNomor,
    perbupTahun: s.perbupTahun,
    pkptNomor: s.pkptNomor,
    pkptTahun: s.pkptTahun,
    biaya: s.biaya,
    tembusan: s.tembusan.join("\n"),
    tembusanHasil: s.tembusanHasil.join("\n"),
    numberSPT: p.SPT,
    numberLAPORAN: p.LAPORAN,
    numberSURAT: p.SURAT,
    ...patch,
  };
}

describe(`the signed SPT (${provider})`, () => {
  it("is numbered, frozen as PDF and DOCX with its verification code, and checks genuine byte for byte", async () => {
    const caseId = await caseWaitingFor(crew, 8);
    const draft = await documentFile(crew.inspektur, (await spt(caseId)).id, "pdf");
    expect(draft.fileName).toBe("SPT-DRAF.pdf");
    expect((await pdfText(draft.bytes)).furniture).toContain(DRAFT_MARK);

    await signSpt(crew.inspektur, await validInput(8, crew, caseId));
    const doc = await spt(caseId);
    expect(doc).toMatchObject({ status: "DITANDATANGANI", signedById: crew.inspektur.id });
    expect(doc.number).toMatch(new RegExp(`^700\\.1\\.2/\\d+/${year()}$`));
    expect(doc.verificationCode).toMatch(/^[2-9A-HJ-NP-Z]{16}$/);

    const pdf = await documentFile(crew.auditor, doc.id, "pdf");
    const docx = await documentFile(crew.auditor, doc.id, "docx");
    expect(pdf.fileName).toBe(`SPT-${doc.number!.replaceAll("/", "-")}.pdf`);
    expect(docx.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const pdfBody = (await pdfText(pdf.bytes)).body.replace(/\s+/g, " ");
    expect(pdfBody).toContain(`NOMOR ${doc.number}`);
    expect(pdfBody).toContain("Auditor Uji");
    expect(pdfBody).toContain(`Kode verifikasi ${doc.verificationCode}`);
    expect(docxText(docx.bytes).body.join("\n")).toContain(`NOMOR ${doc.number}`);
    expect(await qrCodesInPdf(pdf.bytes)).toEqual([`${publicUrl()}/verifikasi/${doc.verificationCode}`]);

    // What the public verification page shows, and the file check.
    const record = await verificationRecord(doc.verificationCode!.toLowerCase());
    expect(record).toMatchObject({ type: "SPT", number: doc.number, signer: "Inspektur Uji", pdfSha256: sha256(pdf.bytes), docxSha256: sha256(docx.bytes) });
    // What an auditee checks: the team and the period, and the PDF's own electronic signature.
    expect(record!.spt).toMatchObject({
      team: expect.arrayContaining([expect.objectContaining({ name: "Auditor Uji" })]),
      startOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(record!.signature).toMatchObject({ signerName: "INSPEKTUR UJI", signatureValid: true, coversWholeFile: true, demo: true, trusted: true });
    expect(await checkFile(doc.verificationCode!, file(pdf.bytes, "spt.pdf"))).toMatchObject({
      genuine: true,
      format: "PDF",
      signature: { signerName: "INSPEKTUR UJI", issuerName: "SIPADU Demo CA", signatureValid: true, coversWholeFile: true, demo: true },
    });
    expect(await checkFile(doc.verificationCode!, file(docx.bytes, "spt.docx"))).toEqual({ genuine: true, format: "DOCX", signature: null });
    const changed = new Uint8Array(pdf.bytes);
    const at = changed.length - 20;
    changed[at] = changed[at]! ^ 1;
    // A changed PDF is not the signed one, and its own signature says it was changed.
    expect(await checkFile(doc.verificationCode!, file(changed, "spt.pdf"))).toMatchObject({
      genuine: false,
      format: null,
      signature: { signatureValid: false },
    });
    await expectDomainError(() => checkFile(doc.verificationCode!, file(new Uint8Array(), "kosong.pdf")), "TANPA_BERKAS");
    await expectDomainError(() => checkFile("AAAAAAAAAAAAAAAA", file(pdf.bytes, "spt.pdf")), "TIDAK_DIKENAL");
    expect(await verificationRecord("bukan kode")).toBeNull();

    // Out of scope, the document does not exist.
    await expectDomainError(() => documentFile(crew.irban2, doc.id, "pdf"), "TIDAK_DITEMUKAN");
    expect(await verifyChain(db, caseId)).toMatchObject({ ok: true });
  });

  it("twenty signings at once take twenty distinct, consecutive numbers", async () => {
    const cases: string[] = [];
    for (let i = 0; i < 20; i++) cases.push(await caseWaitingFor(crew, 8));
    const inputs = await Promise.all(cases.map((id) => validInput(8, crew, id)));
    const results = await Promise.allSettled(inputs.map((input) => signSpt(crew.inspektur, input)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    const numbers = await db.document.findMany({ where: { caseId: { in: cases }, type: "SPT" }, select: { number: true } });
    const seqs = numbers.map((n) => Number(n.number!.split("/")[1])).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(20);
    expect(seqs.at(-1)! - seqs[0]!).toBe(19);
    expect((await sequence("SPT"))?.last).toBe(seqs.at(-1));
  });

  it("a number taken in a transaction that rolls back is taken again by the next signing: no gap", async () => {
    const today = `${year()}-06-15`;
    const taken = await db.$transaction((tx) => takeDocumentNumber(tx, "SURAT", today));
    await expect(
      db.$transaction(async (tx) => {
        expect(await takeDocumentNumber(tx, "SURAT", today)).not.toBe(taken);
        throw new Error("rendering failed");
      }),
    ).rejects.toThrow("rendering failed");
    const next = await db.$transaction((tx) => takeDocumentNumber(tx, "SURAT", today));
    expect(Number(next.split("/")[1])).toBe(Number(taken.split("/")[1]) + 1);
    expect(next).toBe(`700.1.2.4/${Number(taken.split("/")[1]) + 1}/${year()}`);
  });

  it("without a Ketua Tim in the plan nothing is signed, and no number is used up", async () => {
    const caseId = await caseWaitingFor(crew, 8);
    const plan = await db.teamPlan.findFirstOrThrow({ where: { caseId } });
    // A plan that lost its Ketua Tim after it was drafted (step 6 itself refuses one without).
    await db.teamMember.updateMany({ where: { planId: plan.id, teamRole: "KETUA_TIM" }, data: { teamRole: "ANGGOTA_TIM" } });
    const before = { seq: (await sequence("SPT"))?.last ?? 0, version: await versionOf(caseId) };

    const error = await expectDomainError(async () => signSpt(crew.inspektur, await validInput(8, crew, caseId)), "TANPA_KETUA");
    expect(error.message).toBe("Tim dalam rencana tidak memiliki Ketua Tim.");
    expect(await spt(caseId)).toMatchObject({ status: "DRAF", number: null, verificationCode: null });
    expect({ seq: (await sequence("SPT"))?.last ?? 0, version: await versionOf(caseId) }).toEqual(before);
  });
});

describe(`the report and the letter to the complainant (${provider})`, () => {
  it("the Inspektur approves the report once; step 11 then writes the numbered letter, which never names a confidential complainant", async () => {
    const caseId = await caseWaitingFor(crew, 10, { confidentiality: "RAHASIA" });
    const approve = async (a: typeof crew.inspektur) => approveReport(a, await validInput(REPORT_APPROVAL, crew, caseId));
    await expectDomainError(() => approve(crew.inspektur), "STATUS_BERUBAH");
    await completeFieldWork(crew, caseId);
    await STEP_FUNCTIONS[10]!.fn(crew.auditor, await validInput(10, crew, caseId));

    // Before approval: a draft for the team, and step 11 waits.
    const draft = await reportDraftFile(crew.auditor, caseId, "docx");
    expect(draft.fileName).toMatch(/^LHK-Klarifikasi-.*-DRAF\.docx$/);
    // A Laporan Hasil Klarifikasi is RAHASIA on every page; the draft says so as well.
    expect(docxText(draft.bytes).headers).toEqual(["RAHASIA", DRAFT_MARK]);
    await expectDomainError(async () => notifyComplainant(crew.pengaduan, await validInput(11, crew, caseId)), "STATUS_BERUBAH");

    await expectDomainError(() => approve(crew.pengaduan), "TIDAK_BERWENANG");
    await expectDomainError(() => approveReport(crew.inspektur, { caseId: "" }), "TIDAK_VALID");
    await approve(crew.inspektur);
    const report = await db.document.findFirstOrThrow({ where: { caseId, type: "LAPORAN_HASIL_KLARIFIKASI" } });
    expect(report).toMatchObject({ type: "LAPORAN_HASIL_KLARIFIKASI", status: "DITANDATANGANI" });
    expect(report.number).toMatch(new RegExp(`^700\\.1\\.2\\.1/\\d+/${year()}$`));
    // Approved once: the case has moved on.
    await expectDomainError(() => approve(crew.inspektur), "STATUS_BERUBAH");
    const reportText = (await pdfText((await documentFile(crew.auditor, report.id, "pdf")).bytes)).body.replace(/\s+/g, " ");
    expect(reportText).toContain("LAPORAN HASIL KLARIFIKASI");
    expect(reportText).toContain("Pungutan Rp50.000 untuk KTP");
    expect(reportText).toContain("Auditor Uji");

    await notifyComplainant(crew.pengaduan, await validInput(11, crew, caseId));
    const letter = await db.document.findFirstOrThrow({ where: { caseId, type: "SURAT_PEMBERITAHUAN_HASIL" } });
    expect(letter.number).toMatch(new RegExp(`^700\\.1\\.2\\.4/\\d+/${year()}$`));
    const letterText = docxText((await documentFile(crew.pengaduan, letter.id, "docx")).bytes).body.join("\n");
    expect(letterText).toContain(`Pelapor Aduan Nomor Register`);
    expect(letterText).not.toContain("Budi Pelapor");
    expect(letterText).toContain(`laporan Nomor ${report.number}`);
    expect(await verifyChain(db, caseId)).toMatchObject({ ok: true });
  });

  it("with no active Inspektur to sign, step 11 is refused and the case stays where it was", async () => {
    const caseId = await caseWaitingFor(crew, 11);
    const before = await versionOf(caseId);
    await db.user.updateMany({ where: { role: "INSPEKTUR" }, data: { active: false } });
    try {
      const error = await expectDomainError(async () => notifyComplainant(crew.pengaduan, await validInput(11, crew, caseId)), "TANPA_PENANDA_TANGAN");
      expect(error.message).toContain("tidak ada pengguna aktif berperan Inspektur");
    } finally {
      await db.user.updateMany({ where: { role: "INSPEKTUR" }, data: { active: true } });
    }
    expect(await versionOf(caseId)).toBe(before);
    expect(await db.document.count({ where: { caseId, type: "SURAT_PEMBERITAHUAN_HASIL" } })).toBe(0);
  });

  it("the receipt carries the complainant's code only when the complainant asks for it", async () => {
    const caseId = await caseWaitingFor(crew, 2);
    const kase = await db.case.findUniqueOrThrow({ where: { id: caseId } });
    const withCode = docxText((await receiptFor(caseId, "K7Q2-M9XD-4TPA", "docx")).bytes).body.join("\n");
    expect(withCode).toContain(kase.registerNumber);
    expect(withCode).toContain("K7Q2-M9XD-4TPA");
    const staff = (await pdfText((await receiptFor(caseId, null, "pdf")).bytes)).body;
    expect(staff).toContain(kase.registerNumber);
    expect(staff).not.toContain("Kode tanda terima");
  });
});

describe(`letter settings (${provider})`, () => {
  it("refuses a numbering pattern without {seq} or with an unknown field, changing nothing", async () => {
    const before = await db.setting.findMany({ orderBy: { key: "asc" } });
    const noSeq = await expectFieldErrors(() => saveLetterSettings(crew.admin, letterSettingsForm({ numberSPT: "700.1.2/{year}" })));
    expect(noSeq.numberSPT).toEqual(["Pola nomor harus memuat {seq} (nomor urut)."]);
    const unknown = await expectFieldErrors(() => saveLetterSettings(crew.admin, letterSettingsForm({ numberSURAT: "{seq}/{tahun}" })));
    expect(unknown.numberSURAT).toEqual(["Pola nomor hanya boleh memakai {seq}, {year} dan {month}."]);
    const empty = await expectFieldErrors(() => saveLetterSettings(crew.admin, letterSettingsForm({ nama: " ", paper: "Letter" })));
    expect(Object.keys(empty).sort()).toEqual(["nama", "paper"]);
    await expectDomainError(() => saveLetterSettings(crew.inspektur, letterSettingsForm()), "TIDAK_BERWENANG");
    expect(await db.setting.findMany({ orderBy: { key: "asc" } })).toEqual(before);
  });

  it("a new pattern, paper and tembusan apply to the next signed SPT", async () => {
    await saveLetterSettings(crew.admin, letterSettingsForm({ numberSPT: "094/{seq}/SPT/{month}/{year}", paper: "F4", tembusan: "Arsip" }));
    const caseId = await caseWaitingFor(crew, 8);
    await signSpt(crew.inspektur, await validInput(8, crew, caseId));
    const doc = await spt(caseId);
    expect(doc.number).toMatch(new RegExp(`^094/\\d+/SPT/\\d{2}/${year()}$`));
    const text = docxText((await documentFile(crew.inspektur, doc.id, "docx")).bytes).body.join("\n");
    // The admin's list, with the head of the audited OPD before the archive.
    expect(text).toMatch(/Tembusan:\n(Kepala|Camat|Direktur|Sekretaris|Inspektur)[^\n]*\nArsip\.?$/m);
    expect(text).not.toContain("Sekretaris Daerah Kabupaten Banyumas");
    await saveLetterSettings(crew.admin, letterSettingsForm());
  });

  it("cites the Perbup and the PKPT under Dasar with their numbers, and prints the cost line, once the admin fills them", async () => {
    const half = await expectFieldErrors(() => saveLetterSettings(crew.admin, letterSettingsForm({ perbupNomor: "75" })));
    expect(half.perbupTahun).toEqual(["Isi nomor dan tahun Perbup bersama-sama, atau kosongkan keduanya."]);
    const badYear = await expectFieldErrors(() => saveLetterSettings(crew.admin, letterSettingsForm({ pkptTahun: "26" })));
    expect(badYear.pkptTahun).toEqual(["Tahun PKPT ditulis empat angka, misalnya 2026."]);
    await saveLetterSettings(
      crew.admin,
      letterSettingsForm({
        perbupNomor: "75",
        perbupTahun: "2021",
        pkptNomor: "700/12/2026",
        pkptTahun: "2026",
        biaya: "DPA Inspektorat Daerah Kabupaten Banyumas Tahun Anggaran 2026",
      }),
    );
    try {
      const caseId = await caseWaitingFor(crew, 8);
      await signSpt(crew.inspektur, await validInput(8, crew, caseId));
      const text = docxText((await documentFile(crew.inspektur, (await spt(caseId)).id, "docx")).bytes).body.join("\n");
      expect(text).toContain("Peraturan Bupati Banyumas Nomor 75 Tahun 2021 tentang Kedudukan, Susunan Organisasi");
      expect(text).toContain(
        "Program Kerja Pengawasan Tahunan (PKPT) Inspektorat Daerah Kabupaten Banyumas Tahun 2026 yang ditetapkan dengan Keputusan Inspektur Daerah Kabupaten Banyumas Nomor 700/12/2026",
      );
      expect(text).toContain("DPA Inspektorat Daerah Kabupaten Banyumas Tahun Anggaran 2026");
    } finally {
      await saveLetterSettings(crew.admin, letterSettingsForm());
    }
  });

  it("takes a PNG or JPEG coat of arms of at most 1 MB and refuses anything else", async () => {
    const png = new Uint8Array(readFileSync(PLACEHOLDER_LAMBANG));
    const before = await db.setting.findUnique({ where: { key: "lambang" } });
    const notImage = await expectFieldErrors(() =>
      saveLambang(crew.admin, { lambang: file(new TextEncoder().encode("%PDF-1.7 bukan gambar"), "lambang.png") }),
    );
    expect(notImage.lambang).toEqual(["Lambang harus gambar PNG atau JPEG."]);
    const gif = await expectFieldErrors(() => saveLambang(crew.admin, { lambang: file(new TextEncoder().encode("GIF89a......"), "lambang.gif") }));
    expect(gif.lambang).toEqual(["Lambang harus gambar PNG atau JPEG."]);
    const big = await expectFieldErrors(() => saveLambang(crew.admin, { lambang: file(new Uint8Array(1024 * 1024 + 1), "besar.png") }));
    // The words the form already said when the file was chosen (lib/files/limits.ts).
    expect(big.lambang).toEqual(["besar.png: lebih dari 1 MB."]);
    expect((await expectFieldErrors(() => saveLambang(crew.admin, {}))).lambang).toEqual(["Pilih berkas gambar lambang (PNG atau JPEG)."]);
    expect(await db.setting.findUnique({ where: { key: "lambang" } })).toEqual(before);

    await saveLambang(crew.admin, { lambang: file(png, "lambang.png") });
    const ctx = await letterContext(db);
    expect(ctx.letterhead.logo).toEqual({ data: png, type: "png" });
  });
});
