import { describe, expect, it } from "vitest";
import { nikField } from "./intake";

describe("NIK", () => {
  it("is 16 digits, spaces allowed, or absent", () => {
    expect(nikField.parse("3302 0112 3456 7890")).toBe("3302011234567890");
    expect(nikField.parse("")).toBeNull();
    expect(nikField.parse(undefined)).toBeNull();
  });
  it("refuses 15 or 17 digits and letters", () => {
    for (const bad of ["330201123456789", "33020112345678901", "33020112345678ab"]) {
      const r = nikField.safeParse(bad);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]!.message).toBe("NIK harus 16 angka.");
    }
  });
});
