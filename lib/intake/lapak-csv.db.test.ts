import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { seedReferenceData } from "@/prisma/seed";
import { seedUser } from "@/prisma/seed/factories";
import { actorOf } from "@/tests/actors";
import { expectDomainError, expectFieldErrors } from "@/tests/expect-errors";
import type { Actor } from "@/lib/auth/actor";
import { CSV_COLUMNS, importCsv, previewCsv } from "./lapak-csv";
import { receiveTicket } from "./lapak-aduan";

const provider = databaseConfig().provider;
let pengaduan: Actor;
const stamp = Date.now().toString(36);

beforeAll(async () => {
  await seedReferenceData(db);
  pengaduan = actorOf(await seedUser(db, { role: "TIM_PENGADUAN" }));
});

const header = CSV_COLUMNS.join(",");
const row = (id: string, extra: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {}) => {
  const v = {
    ticketId: id,
    title: "Sampah menumpuk",
    description: "Sampah tidak diangkut seminggu.",
    reporterName: "Ani",
    reporterPhone: "",
    reporterEmail: "",
    opdName: "DLH",
    location: "Pasar Wage",
    occurredAt: "November 2026",
    createdAt: "2026-11-29T10:00:00+07:00",
    ...extra,
  };
  return CSV_COLUMNS.map((c) => (/[",\n]/.test(v[c]) ? `"${v[c].replace(/"/g, '""')}"` : v[c])).join(",");
};

describe(`CSV import of Lapak Aduan (${provider})`, () => {
  it("previews line by line, imports the good rows, skips tickets already present and reports bad rows", async () => {
    await receiveTicket({ ticketId: `C-${stamp}-ada`, title: "Sudah ada", description: "x", createdAt: "2026-11-28T10:00:00Z" });
    const csv = [
      header,
      row(`C-${stamp}-1`, { description: 'Kata "kutip", dan koma\nserta baris baru' }),
      row(`C-${stamp}-ada`),
      row(`C-${stamp}-2`, { createdAt: "kemarin" }),
      row(`C-${stamp}-3`, { reporterEmail: "bukan-email" }),
      row(`C-${stamp}-1`),
      `C-${stamp}-4,kurang kolom`,
      row(`C-${stamp}-5`),
    ].join("\r\n");

    const preview = await previewCsv(csv);
    expect(preview.map((r) => [r.line, r.state])).toEqual([
      [2, "BARU"],
      [4, "SUDAH_ADA"],
      [5, "GALAT"],
      [6, "GALAT"],
      [7, "GALAT"],
      [8, "GALAT"],
      [9, "BARU"],
    ]);
    // The column as the file names it, the problem in Indonesian.
    expect(preview[2]!.reasons[0]).toBe("Kolom createdAt: Waktu tiket dibuat harus waktu ISO 8601, misalnya 2026-11-30T08:15:00+07:00.");
    expect(preview[3]!.reasons[0]).toBe("Kolom reporterEmail: Alamat e-mail tidak valid.");
    expect(preview[4]!.reasons[0]).toContain("baris 2");
    expect(preview[5]!.reasons[0]).toContain("Jumlah kolom");

    const before = await db.case.count();
    const result = await importCsv(pengaduan, csv);
    expect(result.imported.map((i) => i.line)).toEqual([2, 9]);
    expect(result.skipped.map((i) => i.line)).toEqual([4]);
    expect(result.failed.map((i) => i.line)).toEqual([5, 6, 7, 8]);
    expect(await db.case.count()).toBe(before + 2);
    const imported = await db.case.findUniqueOrThrow({ where: { lapakTicketId: `C-${stamp}-1` }, include: { opd: true } });
    expect(imported).toMatchObject({ channel: "LAPAK_ADUAN_CSV", description: 'Kata "kutip", dan koma\nserta baris baru' });
    expect(imported.opd?.code).toBe("DLH");

    // Importing the same file again adds nothing.
    const again = await importCsv(pengaduan, csv);
    expect(again.imported).toEqual([]);
    expect(await db.case.count()).toBe(before + 2);
  });

  it("refuses a file with broken quoting whole, naming the line, and imports nothing", async () => {
    const before = await db.case.count();
    const csv = [header, row(`Q-${stamp}-1`), `Q-${stamp}-2,"tidak ditutup,x,,,,,,,2026-11-29T10:00:00Z`, row(`Q-${stamp}-3`)].join("\n");
    const errors = await expectFieldErrors(() => importCsv(pengaduan, csv));
    expect(errors.berkas?.[0]).toBe("Tanda kutip tidak ditutup, mulai baris 3.");
    expect(await db.case.count()).toBe(before);
  });

  it("refuses a file with other columns", async () => {
    const errors = await expectFieldErrors(() => previewCsv("id,judul\n1,x"));
    expect(errors.berkas?.[0]).toContain("Baris judul harus");
  });

  it("is the complaint team's", async () => {
    const auditor = actorOf(await seedUser(db, { role: "AUDITOR" }));
    await expectDomainError(() => importCsv(auditor, `${header}\n${row("X-1")}`), "TIDAK_BERWENANG");
  });
});
