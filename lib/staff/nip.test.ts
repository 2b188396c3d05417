import { describe, expect, it } from "vitest";
import { checkNip, formatNip } from "./nip";

const today = new Date("2026-11-30T00:00:00Z");

describe("checkNip", () => {
  it("accepts a well-formed NIP, with or without spaces", () => {
    expect(checkNip("197001011995031001", today)).toEqual({ ok: true, nip: "197001011995031001" });
    expect(checkNip("19700101 199503 1 001", today)).toEqual({ ok: true, nip: "197001011995031001" });
    expect(checkNip("198503122010012003", today)).toEqual({ ok: true, nip: "198503122010012003" });
  });

  it.each([
    ["19700101199503100", "18 angka"],
    ["1970010119950310011", "18 angka"],
    ["19700101199503100a", "18 angka"],
    ["197002301995031001", "tanggal lahir"], // 30 February
    ["197013011995031001", "tanggal lahir"], // month 13
    ["203001011995031001", "tanggal lahir"], // born in the future
    ["197001011995131001", "Bulan pengangkatan"],
    ["197001011995001001", "Bulan pengangkatan"],
    ["197001011975031001", "Tahun pengangkatan"], // appointed at 5
    ["197001011995033001", "jenis kelamin"],
    ["197001011995030001", "jenis kelamin"],
    ["197001011995031000", "000"],
  ])("refuses %s with a message about %s", (nip, part) => {
    const r = checkNip(nip, today);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(part);
  });

  it("accepts 29 February of a leap year and refuses it otherwise", () => {
    expect(checkNip("198402292010011001", today).ok).toBe(true);
    expect(checkNip("198502292010011001", today).ok).toBe(false);
  });
});

describe("formatNip", () => {
  it("groups as letters print it", () => {
    expect(formatNip("197001011995031001")).toBe("19700101 199503 1 001");
  });
  it("leaves anything else unchanged", () => {
    expect(formatNip("123")).toBe("123");
  });
});
