// Settings the admin can change, each with its schema and the default used
// until a value is saved. Values live in the Setting table as JSON.
import { z } from "zod";

export const instansiSchema = z.strictObject({
  pemerintah: z.string().trim().min(1).max(120),
  nama: z.string().trim().min(1).max(120),
  alamat: z.string().trim().min(1).max(200),
  kodePos: z.string().trim().max(10),
  telepon: z.string().trim().max(60),
  faks: z.string().trim().max(60),
  email: z.string().trim().max(120),
  laman: z.string().trim().max(120),
  /** where letters are signed ("Ditetapkan di …") */
  tempat: z.string().trim().min(1).max(60),
});

export type Instansi = z.infer<typeof instansiSchema>;

/** Steps with a target of their own: all but step 10, whose target is the SPT's duration. */
export const TARGET_STEPS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11] as const;

const targetDays = z.number().int().min(1).max(60);
export const stepTargetsSchema = z.strictObject(
  Object.fromEntries(TARGET_STEPS.map((n) => [String(n), targetDays])) as Record<`${(typeof TARGET_STEPS)[number]}`, typeof targetDays>,
);

export type StepTargets = z.infer<typeof stepTargetsSchema>;

export const SETTINGS = {
  /** The Inspektorat as letterheads and the public pages name it; also the service-complaint contacts. */
  instansi: {
    schema: instansiSchema,
    default: {
      pemerintah: "PEMERINTAH KABUPATEN BANYUMAS",
      nama: "INSPEKTORAT",
      alamat: "Jalan Prof. Dr. Soeharso No. 45 B Purwokerto",
      kodePos: "53114",
      telepon: "(0281) 630700",
      faks: "(0281) 643789",
      email: "Inspektoratbms@gmail.com",
      laman: "",
      tempat: "Purwokerto",
    } satisfies Instansi,
  },
  /** Working days each step may take (PROCEDURE.md defaults). */
  stepTargets: {
    schema: stepTargetsSchema,
    default: { "1": 1, "2": 1, "3": 3, "4": 3, "5": 1, "6": 3, "7": 3, "8": 3, "9": 3, "11": 1 } satisfies StepTargets,
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]["schema"]>;
