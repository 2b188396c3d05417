import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, and numbers records by their first line", () => {
    const r = parseCsv('a,b,c\r\n1,"dua, tiga","kata ""kutip"""\n2,"baris\nkedua",x\n');
    expect(r).toEqual({
      ok: true,
      delimiter: ",",
      records: [
        { line: 1, fields: ["a", "b", "c"] },
        { line: 2, fields: ["1", "dua, tiga", 'kata "kutip"'] },
        { line: 3, fields: ["2", "baris\nkedua", "x"] },
      ],
    });
  });

  it("understands semicolons and a byte-order mark", () => {
    const r = parseCsv("\uFEFFa;b\n1;2");
    expect(r).toMatchObject({ ok: true, delimiter: ";", records: [{ fields: ["a", "b"] }, { fields: ["1", "2"] }] });
  });

  it("refuses broken quoting with the line it is on", () => {
    expect(parseCsv('a,b\n1,"tidak ditutup\n2,x\n')).toEqual({ ok: false, line: 2, message: "Tanda kutip tidak ditutup, mulai baris 2." });
    expect(parseCsv('a,b\n1,ab"c"\n')).toMatchObject({ ok: false, line: 2 });
    expect(parseCsv('a,b\n1,"abc"d\n')).toMatchObject({ ok: false, line: 2 });
  });

  it("skips empty lines", () => {
    expect(parseCsv("a\n\n1\n")).toMatchObject({ ok: true, records: [{ line: 1 }, { line: 3 }] });
  });
});
