// Every instant that becomes a civil date goes through lib/format/dates.ts
// (Asia/Jakarta). Elsewhere in lib/, app/ and templates/ none of the ways of
// taking a date from an instant in UTC or in the server's zone may appear.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "@/tests/source-files";
import { addCalendarDays, civilDateAt, hourInJakarta, weekdayOf, yearInJakarta } from "./dates";

const HELPER = path.join("lib", "format", "dates.ts");

const FORBIDDEN: [RegExp, string][] = [
  [/toISOString\(\)\s*\.\s*(slice|substring|substr|split)\(/, "toISOString() cut to a date (UTC)"],
  [/\.get(UTC)?(FullYear|Month|Date|Day|Hours)\(/, "a date part of an instant (UTC or the server's zone)"],
  [/\.toLocale(Date|Time)?String\(/, "the server's locale and zone"],
  [/new Intl\.DateTimeFormat\(/, "a date format outside the one helper"],
  [/Date\.parse\(/, "parsing a date without its zone"],
];

describe("civil dates come from the one Asia/Jakarta helper", () => {
  it("nowhere else in lib/, app/ or templates/ is an instant cut into a date", () => {
    const offences: string[] = [];
    for (const file of ["lib", "app", "templates"].flatMap(sourceFiles)) {
      if (file === HELPER) continue;
      const lines = readFileSync(path.join(ROOT, file), "utf8").split("\n");
      lines.forEach((line, i) => {
        for (const [re, why] of FORBIDDEN) if (re.test(line)) offences.push(`${file}:${i + 1}: ${why}: ${line.trim()}`);
      });
    }
    expect(offences).toEqual([]);
  });

  it("the helper answers in Jakarta at 05:30 WIB whatever the process zone", () => {
    const original = process.env.TZ;
    try {
      for (const tz of ["UTC", "America/New_York", "Asia/Jakarta"]) {
        process.env.TZ = tz;
        // 05:30 WIB on 1 January 2027 is 22:30 UTC on 31 December 2026.
        const instant = new Date("2026-12-31T22:30:00Z");
        expect(civilDateAt(instant), tz).toBe("2027-01-01");
        expect(yearInJakarta(instant), tz).toBe(2027);
        expect(hourInJakarta(instant), tz).toBe(5);
        expect(addCalendarDays("2027-01-01", -1), tz).toBe("2026-12-31");
        expect(addCalendarDays("2024-02-28", 1), tz).toBe("2024-02-29");
        expect(weekdayOf("2027-01-01"), tz).toBe(5);
      }
    } finally {
      process.env.TZ = original;
    }
  });
});
