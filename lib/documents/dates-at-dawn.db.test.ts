// At 05:30 WIB it is still the day before in UTC and two days' worth of hours
// behind in New York. A case registered, disposed, given its SPT, reported on
// and followed up at that hour carries Jakarta's date everywhere: register
// and due dates, the SPT's "Dasar", the report's citation of the SPT, the day
// of step 11 — whatever the server process's own time zone is.
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { loadCalendar } from "@/lib/sla/calendar";
import { addWorkingDays } from "@/lib/sla/working-days";
import { caseWaitingFor, seedCrew, STEP_FUNCTIONS, validInput } from "@/tests/workflow";

const provider = databaseConfig().provider;
const originalTz = process.env.TZ;

// Wednesday 2 December 2026, 05:30 WIB = Tuesday 1 December, 22:30 UTC (17:30 in New York).
const DAWN = new Date("2026-12-01T22:30:00Z");
const JAKARTA_DAY = "2026-12-02";

afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => {
  process.env.TZ = originalTz;
});

describe(`dates taken at 05:30 WIB (${provider})`, () => {
  for (const tz of ["UTC", "America/New_York"]) {
    it(`are Jakarta's dates with the process in TZ=${tz}`, async () => {
      process.env.TZ = tz;
      vi.useFakeTimers({ toFake: ["Date"], now: DAWN });
      const crew = await seedCrew();
      const caseId = await caseWaitingFor(crew, 11);
      await STEP_FUNCTIONS[11]!.fn(crew.pengaduan, await validInput(11, crew, caseId));

      const kase = await db.case.findUniqueOrThrow({ where: { id: caseId } });
      const calendar = await loadCalendar(db);
      expect(kase.registeredOn).toBe(JAKARTA_DAY);
      expect(kase.dueOn).toBe(addWorkingDays(JAKARTA_DAY, 20, calendar.holidays));
      expect(kase.stepEnteredOn).toBe(JAKARTA_DAY);
      expect(kase.followedUpOn).toBe(JAKARTA_DAY);
      expect(kase.completedOnTime).toBe(true);

      const docs = await db.document.findMany({ where: { caseId, status: "DITANDATANGANI" } });
      const spt = docs.find((d) => d.type === "SPT")!.content as { signedOn: string; dasar: string[] };
      expect(spt.signedOn).toBe(JAKARTA_DAY);
      expect(spt.dasar).toContain(`Disposisi Inspektur Daerah Kabupaten Banyumas tanggal 2 Desember 2026`);
      expect(spt.dasar.some((d) => d.includes("tanggal 2 Desember 2026") && d.includes(kase.registerNumber))).toBe(true);
      const report = docs.find((d) => d.type.startsWith("LAPORAN_"))!.content as { signedOn: string; spt: { signedOn: string } };
      expect(report.spt.signedOn).toBe(JAKARTA_DAY);
      expect(report.signedOn).toBe(JAKARTA_DAY);
      const letter = docs.find((d) => d.type === "SURAT_PEMBERITAHUAN_HASIL")!.content as { signedOn: string };
      expect(letter.signedOn).toBe(JAKARTA_DAY);
    }, 60_000);
  }
});
