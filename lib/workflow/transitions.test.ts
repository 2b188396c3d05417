// A case's status changes on one guarded path only (run-step.ts
// commitTransition): precondition and version inside the transaction, the
// history event, the outbox. Nowhere else in lib/ or app/ may write it —
// through Prisma or in SQL. (Creating a case, at step 1, sets its first status.)
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "@/tests/source-files";

const ALLOWED = new Set([path.join("lib", "workflow", "run-step.ts")]);

/** The argument text of each call starting at `index` (up to its closing parenthesis). */
function callText(text: string, index: number): string {
  let depth = 0;
  for (let i = text.indexOf("(", index); i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return text.slice(index, i + 1);
  }
  return text.slice(index);
}

/** The keys written directly in the `data: { … }` object of a call (nested objects left out). */
function topLevelDataText(call: string): string {
  const start = call.indexOf("{", call.indexOf("data:"));
  if (call.indexOf("data:") < 0 || start < 0) return "";
  let depth = 0;
  let out = "";
  for (let i = start; i < call.length; i++) {
    const c = call[i]!;
    if ("{([".includes(c)) depth++;
    else if ("})]".includes(c) && --depth === 0) break;
    else if (depth === 1) out += c;
  }
  return out;
}

function statusWrites(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\.case\.(update|updateMany|upsert)\s*\(/g)) {
    const call = callText(text, m.index);
    if (/(^|[\s,])status\s*:/.test(topLevelDataText(call))) found.push(call.split("\n")[0]!);
  }
  for (const m of text.matchAll(/UPDATE\s+"Case"[\s\S]{0,400}?SET[\s\S]{0,400}?"status"\s*=/g)) found.push(m[0].split("\n")[0]!);
  return found;
}

describe("the status of a case", () => {
  it("is written only by the guarded path", () => {
    const offences: string[] = [];
    for (const file of [...sourceFiles("lib"), ...sourceFiles("app")]) {
      if (ALLOWED.has(file)) continue;
      for (const w of statusWrites(readFileSync(path.join(ROOT, file), "utf8"))) offences.push(`${file}: ${w}`);
    }
    expect(offences).toEqual([]);
  });

  it("the check sees a status write where there is one", () => {
    expect(statusWrites(`await tx.case.updateMany({ where: { id }, data: { status: "DITUTUP", version: { increment: 1 } } });`)).toHaveLength(1);
    expect(statusWrites(`await tx.case.update({ where: { id, status: "X" }, data: { dueOn } });`)).toEqual([]);
    expect(statusWrites(`UPDATE "Case" SET "status" = 'SELESAI' WHERE id = 1`)).toHaveLength(1);
    expect(statusWrites(readFileSync(path.join(ROOT, "lib", "workflow", "run-step.ts"), "utf8"))).toHaveLength(1);
  });
});
