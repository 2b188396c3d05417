// The registry is complete: every 'use server' export and every route handler
// method in the source tree has its gate in lib/auth/action-registry.ts, and
// the registry names nothing that no longer exists.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, sourceFiles } from "@/tests/source-files";
import { ROUTES, SERVER_ACTIONS } from "./action-registry";

const exportsOf = (text: string) => [...text.matchAll(/^export\s+(?:const|let|async\s+function|function)\s+(\w+)/gm)].map((m) => m[1]!);
const isServerModule = (text: string) => /^\s*(?:\/\/[^\n]*\n\s*)*["']use server["'];?/.test(text);

describe("the permission registry", () => {
  const files = [...sourceFiles("app"), ...sourceFiles("lib")];

  it("lists every server action, and no action that is gone", () => {
    const found: Record<string, string[]> = {};
    for (const f of files) {
      const text = readFileSync(path.join(ROOT, f), "utf8");
      // "use server" inside a function body (inline actions) is not allowed either: they would escape the registry.
      expect(/^\s+["']use server["']/m.test(text), `${f}: inline "use server"`).toBe(false);
      if (isServerModule(text)) found[f] = exportsOf(text).sort();
    }
    const registered = Object.fromEntries(Object.entries(SERVER_ACTIONS).map(([f, e]) => [f, Object.keys(e).sort()]));
    expect(found).toEqual(registered);
  });

  it("lists every route handler method, and no route that is gone", () => {
    const found: Record<string, string[]> = {};
    for (const f of sourceFiles("app").filter((f) => path.basename(f) === "route.ts")) {
      const text = readFileSync(path.join(ROOT, f), "utf8");
      const methods = [
        ...exportsOf(text),
        ...[...text.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
          m[1]!.split(",").map((s) =>
            s
              .trim()
              .split(/\s+as\s+/)
              .pop()!,
          ),
        ),
      ].filter((n) => ["GET", "POST", "PUT", "PATCH", "DELETE"].includes(n));
      found[f] = methods.sort();
    }
    const registered = Object.fromEntries(Object.entries(ROUTES).map(([f, m]) => [f, Object.keys(m).sort()]));
    expect(found).toEqual(registered);
  });
});
