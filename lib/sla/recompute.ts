// After the holiday calendar or the step targets change, every open case's
// due date (and its step's) is computed again — in the transaction of the
// change — and the audit log records that it was, with how many moved.
// Built for 100 000 cases in well under a second (scripts/bench/due-dates.ts):
// one read, the arithmetic through a day table, bulk updates of what changed.
import type { Actor } from "@/lib/auth/actor";
import { databaseConfig } from "@/lib/db/config";
import type { Db, Tx } from "@/lib/db";
import type { CaseStatus } from "@/lib/enums";
import { yearInJakarta } from "@/lib/format/dates";
import { readSetting } from "@/lib/settings/settings";
import { SERVICE_LEVEL_DAYS, isDecreed, loadCalendar } from "./calendar";
import { WorkingDayIndex } from "./day-index";
import { followUpWorkingDays } from "./follow-up";
import { stepDueOn } from "./step-due";
import { FINAL_STATUSES } from "@/lib/workflow/statuses";
import { SPT_PERIOD_STATUSES } from "@/lib/workflow/steps";

interface OpenCaseRow {
  id: string;
  status: CaseStatus;
  registeredOn: string;
  pausedWorkingDays: number | bigint;
  dueOn: string;
  dueIsEstimate: boolean | number | bigint;
  stepEnteredOn: string | null;
  stepPausedDays: number | bigint;
  stepDueOn: string | null;
  followedUpOn: string | null;
  completedOnTime: boolean | number | bigint | null;
  followUpWorkingDays: number | bigint | null;
  planEndOn: string | null;
}

interface Change {
  id: string;
  dueOn: string;
  estimate: boolean;
  stepDueOn: string | null;
  onTime: boolean | null;
  followUpDays: number | null;
}

const bool = (v: boolean | number | bigint | null) => (v === null ? null : Boolean(Number(v)));

/** Statuses from the step table, as SQL literals (enum names: letters and underscores only). */
const sqlList = (statuses: readonly CaseStatus[]) => statuses.map((st) => `'${st}'`).join(", ");

const SELECT_OPEN = `
SELECT c."id", c."status", c."registeredOn", c."pausedWorkingDays", c."dueOn", c."dueIsEstimate",
       c."stepEnteredOn", c."stepPausedDays", c."stepDueOn", c."followedUpOn", c."completedOnTime", c."followUpWorkingDays",
       CASE WHEN c."status" IN (${sqlList(SPT_PERIOD_STATUSES)}) THEN
         (SELECT p."endOn" FROM "TeamPlan" p WHERE p."caseId" = c."id" AND p."status" = 'DISAHKAN'
          ORDER BY p."createdAt" DESC LIMIT 1) END AS "planEndOn"
FROM "Case" c
WHERE c."status" NOT IN (${sqlList(FINAL_STATUSES)})`;

/** SQLite allows 32 766 parameters per statement: 6 per row. */
const SQLITE_CHUNK = 5000;

async function writeChanges(client: Db | Tx, changes: Change[]) {
  if (!changes.length) return;
  if (databaseConfig().provider === "postgresql") {
    // One statement, six arrays: PostgreSQL unnests them into rows.
    await client.$executeRawUnsafe(
      `UPDATE "Case" AS c SET "dueOn" = v.due, "dueIsEstimate" = v.est, "stepDueOn" = v.step, "completedOnTime" = v.ontime, "followUpWorkingDays" = v.took
       FROM unnest($1::text[], $2::text[], $3::boolean[], $4::text[], $5::boolean[], $6::int[]) AS v(id, due, est, step, ontime, took)
       WHERE c."id" = v.id`,
      changes.map((c) => c.id),
      changes.map((c) => c.dueOn),
      changes.map((c) => c.estimate),
      changes.map((c) => c.stepDueOn),
      changes.map((c) => c.onTime),
      changes.map((c) => c.followUpDays),
    );
    return;
  }
  for (let i = 0; i < changes.length; i += SQLITE_CHUNK) {
    const chunk = changes.slice(i, i + SQLITE_CHUNK);
    const params: unknown[] = [];
    for (const c of chunk) params.push(c.id, c.dueOn, c.estimate ? 1 : 0, c.stepDueOn, c.onTime === null ? null : c.onTime ? 1 : 0, c.followUpDays);
    await client.$executeRawUnsafe(
      `UPDATE "Case" SET "dueOn" = v.column2, "dueIsEstimate" = v.column3, "stepDueOn" = v.column4, "completedOnTime" = v.column5, "followUpWorkingDays" = v.column6
       FROM (VALUES ${chunk.map(() => "(?, ?, ?, ?, ?, ?)").join(",")}) AS v WHERE "Case"."id" = v.column1`,
      ...params,
    );
  }
}

export interface RecomputeResult {
  checked: number;
  changed: number;
}

/**
 * `days`: the calendar days a holiday change touched. Only a case whose
 * period (or its step's) spans one of them can move, so only those are read.
 * Without it, every open case is.
 */
export async function recomputeDueDates(client: Db | Tx, reason: string, actor?: Pick<Actor, "id"> | null, days?: string[]): Promise<RecomputeResult> {
  let sql = SELECT_OPEN;
  const params: string[] = [];
  if (days?.length) {
    const pg = databaseConfig().provider === "postgresql";
    const p = () => (pg ? `$${params.length}` : "?");
    const spans = days.map((d) => {
      params.push(d);
      const a = p();
      params.push(d);
      const b = p();
      params.push(d);
      const c = p();
      params.push(d);
      const e = p();
      params.push(d);
      const f = p();
      // A case followed up late is measured up to its step 11, past its due date.
      return `(c."registeredOn" <= ${a} AND (c."dueOn" >= ${b} OR c."followedUpOn" >= ${f})) OR (c."stepEnteredOn" <= ${c} AND c."stepDueOn" >= ${e})`;
    });
    sql += ` AND (${spans.join(" OR ")})`;
  }
  const [calendar, targets, rows] = await Promise.all([
    loadCalendar(client),
    readSetting(client, "stepTargets"),
    client.$queryRawUnsafe<OpenCaseRow[]>(sql, ...params),
  ]);
  if (rows.length === 0) {
    await client.auditLog.create({
      data: {
        actorId: actor?.id ?? null,
        action: "BATAS_WAKTU_DIHITUNG_ULANG",
        entity: "Case",
        entityId: null,
        data: { reason, days: days ?? null, checked: 0, changed: 0 },
      },
    });
    return { checked: 0, changed: 0 };
  }
  let first = rows[0]!.registeredOn;
  for (const r of rows) if (r.registeredOn < first) first = r.registeredOn;
  const index = new WorkingDayIndex(calendar.holidays, first, `${yearInJakarta() + 2}-12-31`);
  const add = (start: string, days: number) => index.add(start, days);

  const changes: Change[] = [];
  for (const r of rows) {
    const dueOn = add(r.registeredOn, SERVICE_LEVEL_DAYS + Number(r.pausedWorkingDays));
    const estimate = !isDecreed(calendar, r.registeredOn, dueOn);
    const step = r.stepEnteredOn
      ? stepDueOn({ status: r.status, stepEnteredOn: r.stepEnteredOn, stepPausedDays: Number(r.stepPausedDays), planEndOn: r.planEndOn }, targets, add)
      : r.stepDueOn;
    const onTime = r.followedUpOn ? r.followedUpOn <= dueOn : bool(r.completedOnTime);
    const took = r.followedUpOn
      ? followUpWorkingDays(r.registeredOn, r.followedUpOn, Number(r.pausedWorkingDays), calendar.holidays, (a, b) => index.between(a, b))
      : r.followUpWorkingDays === null
        ? null
        : Number(r.followUpWorkingDays);
    const tookBefore = r.followUpWorkingDays === null ? null : Number(r.followUpWorkingDays);
    if (dueOn !== r.dueOn || estimate !== bool(r.dueIsEstimate) || step !== r.stepDueOn || onTime !== bool(r.completedOnTime) || took !== tookBefore) {
      changes.push({ id: r.id, dueOn, estimate, stepDueOn: step, onTime, followUpDays: took });
    }
  }
  await writeChanges(client, changes);
  await client.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      action: "BATAS_WAKTU_DIHITUNG_ULANG",
      entity: "Case",
      entityId: null,
      data: { reason, days: days ?? null, checked: rows.length, changed: changes.length },
    },
  });
  return { checked: rows.length, changed: changes.length };
}
