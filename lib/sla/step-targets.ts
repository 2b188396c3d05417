// The admin sets how many working days each step may take; open cases'
// step targets are computed again at once.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { StepTargets } from "@/lib/settings/registry";
import { TARGET_STEPS, type TargetStep } from "@/lib/workflow/steps";
import { readSetting } from "@/lib/settings/settings";
import { parseInput } from "@/lib/validation/parse";
import { recomputeDueDates, type RecomputeResult } from "./recompute";

const targetsInput = z.strictObject(
  Object.fromEntries(
    TARGET_STEPS.map((s) => [
      `step_${s.number}`,
      z.coerce
        .number({ error: "Tulis jumlah hari kerja." })
        .int({ error: "Tulis bilangan bulat." })
        .min(1, { error: "Paling sedikit 1 hari kerja." })
        .max(60, { error: "Paling banyak 60 hari kerja." }),
    ]),
  ) as Record<`step_${TargetStep["number"]}`, z.ZodCoercedNumber>,
);

export async function saveStepTargets(actor: Actor, raw: unknown): Promise<RecomputeResult> {
  throwIfNoPermission(actor, "admin:settings");
  const input = parseInput(targetsInput, raw);
  const value = Object.fromEntries(TARGET_STEPS.map((s) => [String(s.number), input[`step_${s.number}`]])) as StepTargets;
  const before = await readSetting(db, "stepTargets");
  return db.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key: "stepTargets" },
      create: { key: "stepTargets", value, updatedById: actor.id },
      update: { value, updatedById: actor.id },
    });
    await audit(tx, actor, "TARGET_LANGKAH_DIUBAH", "Setting", "stepTargets", { from: before, to: value });
    return recomputeDueDates(tx, "Target langkah diubah", actor);
  });
}
