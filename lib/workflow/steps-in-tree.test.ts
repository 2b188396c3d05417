// The step table is the only source of the procedure: each row says where its
// domain function and its form are (and they exist there), and no file outside
// lib/workflow/ moves a case to a status it names itself — targets come from
// the table (`step.to`, `step.alternatives`), so a new step or status is one edit.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CaseStatus } from "@/lib/enums";
import { STATUS_LABELS, STATUS_SHORT } from "./statuses";
import { STEPS } from "./steps";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

/** Whether `file` exports `name` as a function, a component or a constant. */
function exportsName(file: string, name: string): boolean {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  return new RegExp(`export (async )?(function|const) ${name}\\b`).test(text);
}

describe("the step table and the tree", () => {
  it.each(STEPS.map((s) => [s.code, s] as const))("step %s: its domain function, form and schema exist where the table says", (_, step) => {
    for (const [kind, ref] of Object.entries(step.where)) {
      const [file, name] = ref.split("#");
      expect(file && name, `${kind} "${ref}": file#export`).toBeTruthy();
      expect(() => statSync(path.join(ROOT, file!)), `${kind}: ${file} exists`).not.toThrow();
      expect(exportsName(file!, name!), `${kind}: ${file} exports ${name}`).toBe(true);
    }
    expect(typeof step.schema.safeParse).toBe("function");
  });

  it("every status has its words (the open ones from the step waiting at it)", () => {
    for (const status of Object.values(CaseStatus)) {
      expect(STATUS_LABELS[status], status).toBeTruthy();
      expect(STATUS_SHORT[status], status).toBeTruthy();
    }
  });

  it("no file outside lib/workflow/ names a status as the target of a transition", () => {
    const statuses = Object.values(CaseStatus).join("|");
    // `to: "X"`, `toStatus: "X"`, or `status: "X"` in the data of a write (not in a where-clause)
    const target = new RegExp(`\\b(to|toStatus|status)\\s*:\\s*"(${statuses})"`, "g");
    const offenders: string[] = [];
    for (const file of [...sourceFiles("lib"), ...sourceFiles("app")]) {
      if (file.startsWith(path.join("lib", "workflow") + path.sep) || file.startsWith(path.join("lib", "seed"))) continue;
      const text = readFileSync(path.join(ROOT, file), "utf8");
      for (const m of text.matchAll(target)) {
        if (m[1] === "status") {
          const before = text.slice(Math.max(0, m.index - 400), m.index);
          const write = Math.max(before.lastIndexOf("data:"), before.lastIndexOf("data ="));
          if (write < before.lastIndexOf("where")) continue;
          if (write < 0) continue;
        }
        offenders.push(`${file}: ${m[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
