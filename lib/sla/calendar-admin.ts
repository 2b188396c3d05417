// The admin keeps the holiday calendar: national holidays and collective leave
// as decreed, local holidays, and which years are decreed. Every change
// recomputes the due dates of open cases in the same transaction.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { audit } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { uniqueViolation } from "@/lib/db/errors";
import { HolidayType } from "@/lib/enums";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { optionalText, text } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse";
import { civilDate } from "@/lib/workflow/inputs/common";
import { recomputeDueDates, type RecomputeResult } from "./recompute";

export const HOLIDAY_TYPE_LABELS: Record<HolidayType, string> = {
  LIBUR_NASIONAL: "Libur nasional",
  CUTI_BERSAMA: "Cuti bersama",
  LIBUR_KHUSUS: "Libur khusus daerah",
};

const holidayFields = {
  date: civilDate("Tanggal").refine((d) => Number(d.slice(0, 4)) >= 2000 && Number(d.slice(0, 4)) <= 2100, {
    error: "Tahun harus antara 2000 dan 2100.",
  }),
  type: z.enum(HolidayType, { error: "Pilih jenis hari libur." }),
  name: text("Nama hari libur", 150),
  legalBasis: optionalText("Dasar hukum", 300),
};

const addInput = z.strictObject(holidayFields);
const updateInput = z.strictObject({ id: z.string().min(1).max(40), ...holidayFields });
const removeInput = z.strictObject({ id: z.string().min(1).max(40) });
const yearInput = z
  .strictObject({
    year: z.coerce.number({ error: "Tahun tidak valid." }).int().min(2000, { error: "Tahun tidak valid." }).max(2100, { error: "Tahun tidak valid." }),
    status: z.enum(["DITETAPKAN", "BELUM_DITETAPKAN"], { error: "Pilih status tahun." }),
    basis: optionalText("Dasar penetapan", 300),
  })
  .refine((v) => v.status !== "DITETAPKAN" || Boolean(v.basis), { path: ["basis"], error: "Tulis dasar penetapan (SKB/Keppres)." });

async function ensureYear(tx: Tx, year: number) {
  await tx.holidayYear.upsert({ where: { year }, create: { year }, update: {} });
}

function duplicateDate(error: unknown): never {
  if (uniqueViolation(error)) throw new ValidationError({ date: ["Tanggal ini sudah ada di kalender."] });
  throw error;
}

async function assertFreeDate(date: string, exceptId?: string) {
  const clash = await db.holiday.findUnique({ where: { date } });
  if (clash && clash.id !== exceptId) throw new ValidationError({ date: [`Tanggal ini sudah ada di kalender: ${clash.name}.`] });
}

/** The days of one year and the status of every year, for the admin's page. */
export async function holidaysOfYear(year: number) {
  const [days, years] = await Promise.all([
    db.holiday.findMany({ where: { year }, orderBy: { date: "asc" } }),
    db.holidayYear.findMany({ orderBy: { year: "asc" } }),
  ]);
  return { days, years };
}

export async function addHoliday(actor: Actor, raw: unknown): Promise<RecomputeResult> {
  throwIfNoPermission(actor, "admin:holidays");
  const input = parseInput(addInput, raw);
  await assertFreeDate(input.date);
  try {
    return await db.$transaction(async (tx) => {
      const year = Number(input.date.slice(0, 4));
      await ensureYear(tx, year);
      const h = await tx.holiday.create({ data: { ...input, year } });
      await audit(tx, actor, "HARI_LIBUR_DITAMBAH", "Holiday", h.id, input);
      return recomputeDueDates(tx, `Hari libur ditambah: ${input.date} ${input.name}`, actor, [input.date]);
    });
  } catch (e) {
    duplicateDate(e);
  }
}

export async function updateHoliday(actor: Actor, raw: unknown): Promise<RecomputeResult> {
  throwIfNoPermission(actor, "admin:holidays");
  const { id, ...input } = parseInput(updateInput, raw);
  const current = await db.holiday.findUnique({ where: { id } });
  if (!current) throw new NotFoundError("Hari libur tidak ditemukan.");
  await assertFreeDate(input.date, id);
  try {
    return await db.$transaction(async (tx) => {
      const year = Number(input.date.slice(0, 4));
      await ensureYear(tx, year);
      await tx.holiday.update({ where: { id }, data: { ...input, year } });
      await audit(tx, actor, "HARI_LIBUR_DIUBAH", "Holiday", id, { from: { date: current.date, type: current.type, name: current.name }, to: input });
      return recomputeDueDates(tx, `Hari libur diubah: ${current.date} → ${input.date}`, actor, [current.date, input.date]);
    });
  } catch (e) {
    duplicateDate(e);
  }
}

export async function removeHoliday(actor: Actor, raw: unknown): Promise<RecomputeResult> {
  throwIfNoPermission(actor, "admin:holidays");
  const { id } = parseInput(removeInput, raw);
  return db.$transaction(async (tx) => {
    const h = await tx.holiday.findUnique({ where: { id } });
    if (!h) throw new NotFoundError("Hari libur tidak ditemukan.");
    await tx.holiday.delete({ where: { id } });
    await audit(tx, actor, "HARI_LIBUR_DIHAPUS", "Holiday", id, { date: h.date, name: h.name, type: h.type });
    return recomputeDueDates(tx, `Hari libur dihapus: ${h.date} ${h.name}`, actor, [h.date]);
  });
}

export async function setYearStatus(actor: Actor, raw: unknown): Promise<RecomputeResult> {
  throwIfNoPermission(actor, "admin:holidays");
  const input = parseInput(yearInput, raw);
  if (input.status === "DITETAPKAN" && (await db.holiday.count({ where: { year: input.year } })) === 0) {
    throw new ValidationError({ year: [`Tahun ${input.year} belum berisi hari libur: isi kalendernya dahulu sebelum menetapkan.`] });
  }
  return db.$transaction(async (tx) => {
    await tx.holidayYear.upsert({
      where: { year: input.year },
      create: { year: input.year, status: input.status, basis: input.basis },
      update: { status: input.status, basis: input.basis },
    });
    await audit(tx, actor, input.status === "DITETAPKAN" ? "TAHUN_DITETAPKAN" : "PENETAPAN_TAHUN_DIBATALKAN", "HolidayYear", String(input.year), input);
    return recomputeDueDates(tx, `Kalender ${input.year} ${input.status === "DITETAPKAN" ? "ditetapkan" : "belum ditetapkan"}`, actor);
  });
}
