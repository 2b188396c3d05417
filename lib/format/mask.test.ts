import { describe, expect, it } from "vitest";
import { maskEmail } from "./mask";

describe("maskEmail", () => {
  it("keeps the first letter and the domain only", () => {
    expect(maskEmail("kenari.sulistyaningrum@contoh.id")).toBe("k•••@contoh.id");
    expect(maskEmail("tanpa-at")).toBe("•••");
    expect(maskEmail(undefined)).toBe("—");
  });
});
