import { describe, expect, it } from "vitest";
import { formatRupiah } from "./numbers";
import { rupiahWithWords, terbilang, withWords } from "./terbilang";

describe("terbilang", () => {
  it.each([
    [0, "nol"],
    [1, "satu"],
    [10, "sepuluh"],
    [11, "sebelas"],
    [12, "dua belas"],
    [19, "sembilan belas"],
    [20, "dua puluh"],
    [21, "dua puluh satu"],
    [100, "seratus"],
    [101, "seratus satu"],
    [111, "seratus sebelas"],
    [200, "dua ratus"],
    [999, "sembilan ratus sembilan puluh sembilan"],
    [1000, "seribu"],
    [1001, "seribu satu"],
    [1500, "seribu lima ratus"],
    [2000, "dua ribu"],
    [11000, "sebelas ribu"],
    [100000, "seratus ribu"],
    [1000000, "satu juta"],
    [1234567, "satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh"],
    [1000000000, "satu miliar"],
    [2500000000000n, "dua triliun lima ratus miliar"],
    [
      999999999999999n,
      "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan",
    ],
  ])("%s → %s", (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it("refuses a quadrillion and writes negatives", () => {
    expect(() => terbilang(10n ** 15n)).toThrow(RangeError);
    expect(terbilang(-5)).toBe("minus lima");
  });

  it("writes figures with words as letters do", () => {
    expect(withWords(10)).toBe("10 (sepuluh)");
    expect(rupiahWithWords(1250000n, formatRupiah)).toBe("Rp1.250.000,00 (satu juta dua ratus lima puluh ribu rupiah)");
  });
});
