// Numbers taken inside the transaction that uses them: a rollback returns the
// number, a commit keeps it, and two transactions never get the same one.
import type { Tx } from "@/lib/db";

export async function nextInSequence(tx: Tx, key: string, year: number): Promise<number> {
  const row = await tx.numberSequence.upsert({
    where: { key_year: { key, year } },
    create: { key, year, last: 1 },
    update: { last: { increment: 1 } },
  });
  return row.last;
}

/** ADU/2026/00042 */
export function formatRegisterNumber(year: number, n: number): string {
  return `ADU/${year}/${String(n).padStart(5, "0")}`;
}
