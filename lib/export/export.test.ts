import { describe, expect, it } from "vitest";
import { readXlsx } from "@/tests/xlsx-read";
import { CSV_BOM, csvCell, toCsv } from "./csv";
import { columnName, toXlsx } from "./xlsx";

describe("CSV", () => {
  it("quotes what needs quoting, writes booleans and empty cells in words, and starts with a BOM", () => {
    const csv = toCsv(
      ["Nomor", "Perihal", "Tepat waktu", "Hari"],
      [
        ["ADU/2026/00001", 'Jalan "rusak", berlubang\nparah', true, 12],
        ["ADU/2026/00002", "", false, null],
      ],
    );
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Nomor,Perihal,Tepat waktu,Hari",
      'ADU/2026/00001,"Jalan ""rusak"", berlubang\nparah",Ya,12',
      "ADU/2026/00002,,Tidak,",
      "",
    ]);
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+62 812")).toBe("'+62 812");
    expect(csvCell("-")).toBe("'-");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(Number.NaN)).toBe("");
  });
});

describe("XLSX", () => {
  it("names columns like a spreadsheet", () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
  });

  it("writes sheets that read back with the same header, text and numbers", () => {
    const bytes = toXlsx([
      {
        name: "Daftar aduan",
        header: ["Nomor register", "Jumlah", "Tepat waktu"],
        rows: [
          ["ADU/2026/00001", 3, true],
          ["=1+1 <&> \u0007", 2.5, null],
          ["ñ — é", -1, false],
        ],
      },
      { name: "Rekap: 2026/01?", header: ["Bulan"], rows: [] },
    ]);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const [list, recap] = readXlsx(bytes);
    expect(list).toEqual({
      name: "Daftar aduan",
      rows: [
        ["Nomor register", "Jumlah", "Tepat waktu"],
        ["ADU/2026/00001", 3, "Ya"],
        ["=1+1 <&> ", 2.5],
        ["ñ — é", -1, "Tidak"],
      ],
    });
    expect(recap).toEqual({ name: "Rekap  2026 01 ", rows: [["Bulan"]] });
  });

  it("refuses a workbook without sheets", () => {
    expect(() => toXlsx([])).toThrow();
  });
});
