// The dashboard's downloads on the hand-built cases: the case list without
// complainants (and without subjects for leadership), streamed CSV, XLSX, and
// the monthly recap as CSV, XLSX and PDF.
import { beforeAll, describe, expect, it } from "vitest";
import { databaseConfig } from "@/lib/db/config";
import { db } from "@/lib/db";
import { buildDashboardCases, TODAY } from "@/tests/dashboard-fixture";
import { pdfText } from "@/tests/document-text";
import { readXlsx } from "@/tests/xlsx-read";
import { seedCrew, type Crew } from "@/tests/workflow";
import { caseListDownload, caseListHeader, monthlyRecap, recapDownload } from "./exports";
import { NO_SLICE, yearFilter } from "./filters";

const provider = databaseConfig().provider;
let crew: Crew;

beforeAll(async () => {
  await buildDashboardCases();
  crew = await seedCrew();
  // A complainant on one case: whatever the export holds, it is never them.
  const a = await db.case.findFirstOrThrow({ where: { title: "Aduan A" } });
  await db.reporter.create({ data: { caseId: a.id, name: "Budi Pelapor Rahasia", phone: "081200000001", email: "budi@contoh.id" } });
});

async function text(body: Uint8Array | ReadableStream<Uint8Array>): Promise<string> {
  return body instanceof Uint8Array ? new TextDecoder().decode(body) : new Response(body).text();
}

describe(`dashboard downloads (${provider})`, () => {
  it("leadership's case list has no subject and no complainant; the Inspektur's adds the subject", async () => {
    const csv = await caseListDownload(crew.pimpinan, yearFilter(2025), NO_SLICE, TODAY, "csv");
    expect(csv).toMatchObject({ fileName: "aduan-2025.csv", mimeType: "text/csv; charset=utf-8" });
    const lines = (await text(csv.body))
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(caseListHeader(crew.pimpinan, TODAY).join(","));
    expect(lines[0]).not.toContain("Perihal");
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(
      /^ADU\/2025\/\d{5},2025-03-03,WBS,Dinas Pendidikan Uji,Wilayah I,Irban Satu Uji,Audit,Menunggu konfirmasi,2025-04-08,2025-04-10,Tidak,Ditindaklanjuti terlambat,22,,$/,
    );
    // Each case stands against the 20 working days as the headline counts it: D is open, long past its due date.
    expect(lines.find((l) => l.includes(",2025-06-02,Masyarakat,"))).toContain("Melewati batas, belum ditindaklanjuti");
    const all = lines.join("\n");
    expect(all).not.toContain("Aduan A");
    expect(all).not.toContain("Budi");

    const xlsx = await caseListDownload(crew.inspektur, yearFilter(2025), { ...NO_SLICE, state: "tepat" }, TODAY, "xlsx");
    const [sheet] = readXlsx(xlsx.body as Uint8Array);
    expect(sheet!.rows[0]).toEqual(caseListHeader(crew.inspektur, TODAY));
    expect(sheet!.rows[0]).toContain("Perihal");
    expect(sheet!.rows.slice(1).map((r) => r[3])).toEqual(["Aduan A", "Aduan E"]);
    expect(sheet!.rows[1]).toContain(18);
    expect(JSON.stringify(sheet)).not.toContain("Budi");
  });

  it("the monthly recap: a row per month of the period, its sources, on-time share and the total", async () => {
    const recap = await monthlyRecap(yearFilter(2025), TODAY);
    expect(recap.rows).toHaveLength(12);
    // Month, received, by source (4), followed up, on time, open past due, % of the due, % of the followed up, open.
    expect(recap.rows[2]).toEqual(["Maret 2025", 2, 1, 0, 0, 1, 2, 1, 0, 50, 50, 1]);
    expect(recap.rows[4]).toEqual(["Mei 2025", 1, 0, 0, 1, 0, 0, 0, 0, null, null, 0]);
    expect(recap.rows[5]).toEqual(["Juni 2025", 2, 1, 1, 0, 0, 1, 1, 1, 50, 100, 1]);
    expect(recap.rows[0]).toEqual(["Januari 2025", 0, 0, 0, 0, 0, 0, 0, 0, null, null, 0]);
    // The headline share (of the due, a stuck case counted) beside the followed-up-only one.
    expect(recap.total).toEqual(["Jumlah", 5, 2, 1, 1, 1, 3, 2, 1, 50, 66.7, 2]);
    // This year's recap stops at this month.
    expect((await monthlyRecap(yearFilter(2026), TODAY)).rows.map((r) => r[0]).at(-1)).toBe("November 2026");

    const xlsx = readXlsx((await recapDownload(yearFilter(2025), TODAY, "xlsx", "Pimpinan Uji", "")).body as Uint8Array);
    expect(xlsx[0]!.rows.at(-1)).toEqual(["Jumlah", 5, 2, 1, 1, 1, 3, 2, 1, 50, 66.7, 2]);
    const pdf = await recapDownload(yearFilter(2025), TODAY, "pdf", "Pimpinan Uji", "Dengan sumber WBS");
    expect(pdf.fileName).toBe("rekap-pengaduan-2025.pdf");
    const body = (await pdfText(pdf.body as Uint8Array)).body.replace(/\s+/g, " ");
    expect(body).toContain("REKAPITULASI PENANGANAN PENGADUAN MASYARAKAT");
    expect(body).toContain("TAHUN 2025");
    expect(body).toContain("Dengan sumber WBS");
    expect(body).toContain("Maret 2025 2 1 0 0 1 2 1 0 50 50 1");
    expect(body).toContain("Jumlah 5 2 1 1 1 3 2 1 50 66,7 2");
    expect(body).toContain("oleh Pimpinan Uji");
  });
});
