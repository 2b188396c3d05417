// The admin sets how long the OPD has per kind of recommendation, in calendar or working days (issue 18).
// Recommendations already recorded keep their deadline (the Inspektur changes one by a recorded edit).
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { RecommendationKind } from "@/lib/enums";
import type { FollowUpDeadlines } from "@/lib/settings/registry";
import { readSetting } from "@/lib/settings/settings";
import { parseInput } from "@/lib/validation/parse";
import { RECOMMENDATION_KINDS } from "./labels";

export const DEADLINE_UNITS = { KALENDER: "hari kalender", KERJA: "hari kerja" } as const;

const deadlinesInput = z.strictObject(
  Object.fromEntries(
    RECOMMENDATION_KINDS.flatMap((k) => [
      [
        `days_${k}`,
        z.coerce
          .number({ error: "Tulis jumlah hari." })
          .int({ error: "Tulis bilangan bulat." })
          .min(1, { error: "Paling sedikit 1 hari." })
          .max(365, { error: "Paling banyak 365 hari." }),
      ],
      [`unit_${k}`, z.enum(["KALENDER", "KERJA"], { error: "Pilih hari kalender atau hari kerja." })],
    ]),
  ) as Record<`days_${RecommendationKind}`, z.ZodCoercedNumber> & Record<`unit_${RecommendationKind}`, z.ZodEnum<{ KALENDER: "KALENDER"; KERJA: "KERJA" }>>,
);

export async function saveFollowUpDeadlines(actor: Actor, raw: unknown): Promise<FollowUpDeadlines> {
  throwIfNoPermission(actor, "admin:settings");
  const input = parseInput(deadlinesInput, raw);
  const value = Object.fromEntries(RECOMMENDATION_KINDS.map((k) => [k, { days: input[`days_${k}`], unit: input[`unit_${k}`] }])) as FollowUpDeadlines;
  const before = await readSetting(db, "followUpDeadlines");
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key: "followUpDeadlines" },
      create: { key: "followUpDeadlines", value, updatedById: actor.id },
      update: { value, updatedById: actor.id },
    });
    await audit(tx, actor, "BATAS_TL_DIUBAH", "Setting", "followUpDeadlines", { from: before, to: value });
  });
  return value;
}
