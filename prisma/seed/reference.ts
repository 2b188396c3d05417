// Reference data every installation starts with: the OPDs and kecamatan of
// Kabupaten Banyumas with their Irban wilayah, the holiday calendar, and the
// Inspektorat's letterhead. Idempotent, and never overwrites what an admin
// has since changed (upserts update nothing).
import { z } from "zod";
import type { Db } from "@/lib/db";
import { SETTINGS } from "@/lib/settings/registry";
import holidaysJson from "./data/holidays-id.json";
import opdJson from "./data/opd-banyumas.json";

const WILAYAH_BY_NUMBER = { 1: "WILAYAH_I", 2: "WILAYAH_II", 3: "WILAYAH_III", 4: "WILAYAH_IV" } as const;

const opdFile = z.object({
  opd: z.array(
    z.object({
      code: z.string().min(1),
      name: z.string().min(1),
      kind: z.enum(["SEKRETARIAT", "INSPEKTORAT", "BADAN", "DINAS", "BAGIAN", "SATPOL_PP", "RSUD", "KECAMATAN", "LAINNYA"]),
      irbanWilayah: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      irbanVerified: z.boolean(),
    }),
  ),
});

const holidayFile = z.object({
  years: z.record(z.string().regex(/^\d{4}$/), z.object({ status: z.enum(["DITETAPKAN", "BELUM_DITETAPKAN"]), basis: z.string() })),
  days: z.array(z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.enum(["LIBUR_NASIONAL", "CUTI_BERSAMA", "LIBUR_KHUSUS"]), z.string().min(1)])),
});

export async function seedOpds(db: Db): Promise<number> {
  const { opd } = opdFile.parse(opdJson);
  for (const o of opd) {
    await db.opd.upsert({
      where: { code: o.code },
      update: {},
      create: { code: o.code, name: o.name, kind: o.kind, irbanWilayah: WILAYAH_BY_NUMBER[o.irbanWilayah], irbanVerified: o.irbanVerified },
    });
  }
  return opd.length;
}

export async function seedHolidays(db: Db): Promise<number> {
  const { years, days } = holidayFile.parse(holidaysJson);
  for (const [year, info] of Object.entries(years)) {
    await db.holidayYear.upsert({
      where: { year: Number(year) },
      update: {},
      create: { year: Number(year), status: info.status, basis: info.basis },
    });
  }
  for (const [date, type, name] of days) {
    const basis = years[date.slice(0, 4)]?.basis ?? null;
    await db.holiday.upsert({
      where: { date },
      update: {},
      create: { date, year: Number(date.slice(0, 4)), type, name, legalBasis: basis },
    });
  }
  return days.length;
}

export async function seedSettings(db: Db): Promise<void> {
  await db.setting.upsert({
    where: { key: "instansi" },
    update: {},
    create: { key: "instansi", value: SETTINGS.instansi.default },
  });
}

export async function seedReferenceData(db: Db): Promise<{ opds: number; holidays: number }> {
  const opds = await seedOpds(db);
  const holidays = await seedHolidays(db);
  await seedSettings(db);
  return { opds, holidays };
}
