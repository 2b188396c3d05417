"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { addHoliday, removeHoliday, setYearStatus, updateHoliday } from "@/lib/sla/calendar-admin";
import type { RecomputeResult } from "@/lib/sla/recompute";

function done(what: string, r: RecomputeResult) {
  revalidatePath("/admin/hari-libur");
  return { message: `${what} Batas waktu ${r.changed} dari ${r.checked} aduan terbuka dihitung ulang.` };
}

export const addHolidayAction = formAction(async (a, i) => done("Hari libur ditambahkan.", await addHoliday(a, i)));
export const updateHolidayAction = formAction(async (a, i) => done("Hari libur diubah.", await updateHoliday(a, i)));
export const removeHolidayAction = formAction(async (a, i) => done("Hari libur dihapus.", await removeHoliday(a, i)));
export const setYearAction = formAction(async (a, i) => done("Status tahun disimpan.", await setYearStatus(a, i)));
