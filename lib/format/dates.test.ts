import { describe, expect, it } from "vitest";
import { civilDateAt, formatCivilDate, formatCivilDateWithDay, formatDateTime, startOfCivilDate } from "./dates";

describe("civil dates in Asia/Jakarta", () => {
  it("spells dates the Indonesian way", () => {
    expect(formatCivilDate("2026-11-29")).toBe("29 November 2026");
    expect(formatCivilDateWithDay("2026-11-29")).toBe("Minggu, 29 November 2026");
  });

  it("takes the Jakarta date of an instant, not the server's", () => {
    // 18:30 UTC on 30 Nov is 01:30 on 1 Dec in Jakarta (UTC+7).
    expect(civilDateAt(new Date("2026-11-30T18:30:00Z"))).toBe("2026-12-01");
    expect(civilDateAt(new Date("2026-11-30T16:59:59Z"))).toBe("2026-11-30");
  });

  it("shows times as WIB", () => {
    expect(formatDateTime(new Date("2026-11-30T07:05:00Z"))).toMatch(/^30 November 2026.*14[.:]05 WIB$/);
  });
});

describe("the instant a civil date begins in Jakarta", () => {
  it("is 17:00 UTC the day before, and its own civil date in Jakarta; a second earlier is the day before", () => {
    const start = startOfCivilDate("2026-01-01");
    expect(start.toISOString()).toBe("2025-12-31T17:00:00.000Z");
    expect(civilDateAt(start)).toBe("2026-01-01");
    expect(civilDateAt(new Date(start.getTime() - 1000))).toBe("2025-12-31");
  });
});
