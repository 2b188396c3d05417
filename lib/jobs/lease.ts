// A database lease: one app server at a time runs each background job.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { uniqueViolation } from "@/lib/db/errors";

export const HOLDER = `${process.pid}-${randomBytes(4).toString("hex")}`;

/** Takes or renews the lease `name` for `ms`; false when another server holds it. */
export async function takeLease(name: string, ms: number, holder = HOLDER, now = new Date()): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ms);
  const renewed = await db.jobLease.updateMany({
    where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] },
    data: { holder, expiresAt },
  });
  if (renewed.count === 1) return true;
  try {
    await db.jobLease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch (e) {
    if (uniqueViolation(e)) return false;
    throw e;
  }
}
