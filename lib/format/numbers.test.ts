import { describe, expect, it } from "vitest";
import { formatBytes, formatRupiah, formatThousands } from "./numbers";

describe("numbers", () => {
  it("writes rupiah as letters do", () => {
    expect(formatRupiah(1234567n)).toBe("Rp1.234.567,00");
    expect(formatRupiah(0)).toBe("Rp0,00");
    expect(formatRupiah(999)).toBe("Rp999,00");
    expect(formatThousands(12500000n)).toBe("12.500.000");
  });
  it("writes file sizes", () => {
    expect(formatBytes(1536 * 1024)).toBe("1,5 MB");
    expect(formatBytes(200)).toBe("1 KB");
  });
});
