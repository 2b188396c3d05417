import { describe, expect, it } from "vitest";
import { RANK_OPTIONS, formatRank, rankFromOption, rankOptionOf } from "./pangkat";

describe("ranks", () => {
  it("maps a PNS golongan to its pangkat and back", () => {
    expect(rankFromOption("IV/c")).toEqual({ pangkat: "Pembina Utama Muda", golongan: "IV/c" });
    expect(rankOptionOf({ pangkat: "Pembina Utama Muda", golongan: "IV/c" })).toBe("IV/c");
    expect(formatRank({ pangkat: "Penata Muda", golongan: "III/a" })).toBe("Penata Muda (III/a)");
  });

  it("gives PPPK staff a golongan without a pangkat name", () => {
    expect(rankFromOption("PPPK-IX")).toEqual({ pangkat: null, golongan: "IX" });
    expect(rankOptionOf({ pangkat: null, golongan: "IX" })).toBe("PPPK-IX");
    expect(formatRank({ pangkat: null, golongan: "IX" })).toBe("PPPK (IX)");
  });

  it("refuses what is not on the list", () => {
    expect(rankFromOption("V/a")).toBeNull();
    expect(rankFromOption("PPPK-XX")).toBeNull();
    expect(rankFromOption("")).toBeNull();
  });

  it("offers 17 PNS ranks from Juru Muda to Pembina Utama and 17 PPPK golongan", () => {
    expect(RANK_OPTIONS).toHaveLength(34);
    expect(RANK_OPTIONS[0]).toEqual({ value: "I/a", label: "Juru Muda (I/a)" });
    expect(RANK_OPTIONS[16]).toEqual({ value: "IV/e", label: "Pembina Utama (IV/e)" });
  });
});
