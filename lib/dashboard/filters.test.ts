import { describe, expect, it } from "vitest";
import { dashboardParams, monthLabel, monthsOf, parseDashboardParams, periodLabel, yearFilter } from "./filters";

const TODAY = "2026-11-30";
const known = { opdIds: new Set(["opd1"]), irbanIds: new Set(["irb1"]) };
const parse = (params: Record<string, string | string[]>) => parseDashboardParams(params, TODAY, known);

describe("dashboard URL parameters", () => {
  it("defaults to this year without notices", () => {
    expect(parse({})).toEqual({ filter: yearFilter(2026), slice: { month: null, status: null, state: null }, notices: [] });
  });

  it("takes a year, a source, an OPD, an Irban, a TL type and a slice", () => {
    const r = parse({
      tahun: "2025",
      sumber: "WBS",
      opd: "opd1",
      irban: "irb1",
      tl: "TIDAK_DITINDAKLANJUTI",
      bulan: "2025-04",
      tahap: "PELAKSANAAN",
      keadaan: "lewat",
    });
    expect(r.notices).toEqual([]);
    expect(r.filter).toEqual({
      from: "2025-01-01",
      to: "2025-12-31",
      year: 2025,
      source: "WBS",
      opdId: "opd1",
      irbanUserId: "irb1",
      tl: "TIDAK_DITINDAKLANJUTI",
    });
    expect(r.slice).toEqual({ month: "2025-04", status: "PELAKSANAAN", state: "lewat" });
    // And writes them back the same.
    expect(Object.fromEntries(dashboardParams(r.filter, r.slice))).toEqual({
      tahun: "2025",
      sumber: "WBS",
      opd: "opd1",
      irban: "irb1",
      tl: "TIDAK_DITINDAKLANJUTI",
      bulan: "2025-04",
      tahap: "PELAKSANAAN",
      keadaan: "lewat",
    });
  });

  it("takes a date range; a whole calendar year counts as that year", () => {
    const r = parse({ dari: "2025-03-01", sampai: "2026-02-28" });
    expect(r.filter).toMatchObject({ from: "2025-03-01", to: "2026-02-28", year: null });
    expect(periodLabel(r.filter)).toBe("1 Maret 2025 – 28 Februari 2026");
    expect(parse({ dari: "2024-01-01", sampai: "2024-12-31" }).filter.year).toBe(2024);
    // One end only: from that day until today, or from the start of that year.
    expect(parse({ dari: "2026-06-01" }).filter).toMatchObject({ from: "2026-06-01", to: TODAY });
    expect(parse({ sampai: "2025-05-31" }).filter).toMatchObject({ from: "2025-01-01", to: "2025-05-31" });
  });

  it("a range whose end precedes its start is refused with a message, and the year is shown", () => {
    const r = parse({ tahun: "2025", dari: "2025-06-30", sampai: "2025-06-01" });
    expect(r.filter).toMatchObject({ from: "2025-01-01", to: "2025-12-31", year: 2025 });
    expect(r.notices).toEqual(["Tanggal akhir (1 Juni 2025) sebelum tanggal awal (30 Juni 2025); ditampilkan tahun 2025."]);
  });

  it("drops unknown values with a notice each, keeping the rest", () => {
    const r = parse({
      tahun: "20x5",
      sumber: "TWITTER",
      opd: "tidak-ada",
      irban: "x",
      tl: "audit",
      tahap: "HILANG",
      keadaan: "semua",
      bulan: "2025-13",
      dari: "2026-02-30",
    });
    expect(r.filter).toEqual(yearFilter(2026));
    expect(r.slice).toEqual({ month: null, status: null, state: null });
    expect(r.notices).toEqual([
      'Tahun "20x5" tidak valid; ditampilkan tahun 2026.',
      'Tanggal awal "2026-02-30" tidak valid dan diabaikan.',
      'Sumber "TWITTER" tidak dikenal dan diabaikan.',
      'Jenis tindak lanjut "audit" tidak dikenal dan diabaikan.',
      "OPD yang dipilih tidak ditemukan; filter OPD diabaikan.",
      "Irban yang dipilih tidak ditemukan; filter Irban diabaikan.",
      'Tahap "HILANG" tidak dikenal dan diabaikan.',
      'Keadaan "semua" tidak dikenal dan diabaikan.',
      'Bulan "2025-13" di luar periode yang dipilih dan diabaikan.',
    ]);
  });

  it("refuses a year far in the future or the past, a month outside the period, and repeated parameters", () => {
    expect(parse({ tahun: "2099" }).notices).toEqual(['Tahun "2099" tidak valid; ditampilkan tahun 2026.']);
    expect(parse({ tahun: "1999" }).filter.year).toBe(2026);
    expect(parse({ tahun: "2025", bulan: "2026-01" }).slice.month).toBeNull();
    const r = parse({ sumber: ["WBS", "MASYARAKAT"] });
    expect(r.filter.source).toBeNull();
    expect(r.notices).toEqual(['Parameter "sumber" diberikan lebih dari sekali dan diabaikan.']);
  });

  it("names months and lists every month of a period", () => {
    expect(monthLabel("2026-03")).toBe("Maret 2026");
    expect(monthLabel("2026-12", true)).toBe("Des 2026");
    expect(monthsOf({ from: "2025-11-15", to: "2026-02-01" })).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsOf(yearFilter(2026))).toHaveLength(12);
  });
});
