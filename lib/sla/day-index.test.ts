import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import holidaysJson from "@/prisma/seed/data/holidays-id.json";
import { WorkingDayIndex } from "./day-index";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days";

const holidays = new Set(holidaysJson.days.map(([d]) => d as string));

/** A small seeded generator, so a failing case can be run again. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function randomDate(r: () => number): string {
  return new Date(Date.UTC(2024, 11, 1) + Math.floor(r() * 800) * 86_400_000).toISOString().slice(0, 10);
}

describe("properties of working-day arithmetic", () => {
  it("workingDaysBetween(d, addWorkingDays(d, n)) === n for every working day d", () => {
    const r = rng(20261130);
    let checked = 0;
    while (checked < 3000) {
      const d = randomDate(r);
      if (!isWorkingDay(d, holidays)) continue;
      const n = Math.floor(r() * 60);
      expect(workingDaysBetween(d, addWorkingDays(d, n, holidays), holidays)).toBe(n);
      checked++;
    }
  });

  it("the fast index agrees with the plain functions, inside and outside its range", () => {
    const index = new WorkingDayIndex(holidays, "2025-01-01", "2026-12-31");
    const r = rng(42);
    for (let i = 0; i < 5000; i++) {
      const d = randomDate(r);
      const n = Math.floor(r() * 45);
      expect(index.add(d, n)).toBe(addWorkingDays(d, n, holidays));
      const e = randomDate(r);
      expect(index.between(d, e)).toBe(workingDaysBetween(d, e, holidays));
    }
  });
});

describe("time zones", () => {
  it.each(["UTC", "Asia/Jakarta", "America/New_York"])("gives the PROCEDURE.md results with TZ=%s", (tz) => {
    const script = [
      "import { addWorkingDays, workingDaysBetween } from './lib/sla/working-days.ts';",
      "import data from './prisma/seed/data/holidays-id.json' with { type: 'json' };",
      "const h = new Set(data.days.map((d) => d[0]));",
      "console.log(JSON.stringify([addWorkingDays('2026-03-16', 20, h), addWorkingDays('2025-12-15', 20, h), addWorkingDays('2025-08-11', 5, h),",
      " workingDaysBetween('2024-12-31', '2025-12-31', h), workingDaysBetween('2025-12-31', '2026-12-31', h), new Date(2026, 0, 1).getTimezoneOffset()]));",
    ].join("\n");
    const res = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--eval", script], { encoding: "utf8", env: { ...process.env, TZ: tz } });
    expect(res.stderr).toBe("");
    const [a, b, c, y2025, y2026, offset] = JSON.parse(res.stdout);
    expect([a, b, c, y2025, y2026]).toEqual(["2026-04-21", "2026-01-15", "2025-08-19", 237, 240]);
    // The child really ran in that zone.
    expect(offset).toBe({ UTC: 0, "Asia/Jakarta": -420, "America/New_York": 300 }[tz]);
  });
});
