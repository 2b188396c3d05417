// A case waiting for the complainant's confirmation closes by itself after 10
// working days without an answer (step 12 by the system).
import { db } from "@/lib/db";
import { addCalendarDays, todayInJakarta } from "@/lib/format/dates";
import { loadCalendar } from "@/lib/sla/calendar";
import { workingDaysBetween } from "@/lib/sla/working-days";
import { confirmCase } from "@/lib/steps/confirm";

export const CONFIRMATION_WAIT_DAYS = 10;

export async function autoCloseUnconfirmed(today = todayInJakarta()): Promise<string[]> {
  const calendar = await loadCalendar(db);
  // 10 working days are at least 14 calendar days: fewer candidates to look at.
  const latest = addCalendarDays(today, -13);
  const waiting = await db.case.findMany({
    where: { status: "MENUNGGU_KONFIRMASI", awaitingConfirmationOn: { lte: latest } },
    select: { id: true, awaitingConfirmationOn: true },
  });
  const closed: string[] = [];
  for (const c of waiting) {
    if (!c.awaitingConfirmationOn || workingDaysBetween(c.awaitingConfirmationOn, today, calendar.holidays) < CONFIRMATION_WAIT_DAYS) continue;
    try {
      await confirmCase(c.id, "OTOMATIS", { resolved: "ya", note: "Ditutup otomatis: tidak ada konfirmasi pelapor dalam 10 hari kerja." });
      closed.push(c.id);
    } catch (e) {
      // Someone confirmed in the meantime: nothing to do.
      console.warn(`[auto-close] ${c.id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return closed;
}
