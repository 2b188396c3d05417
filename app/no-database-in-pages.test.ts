// Pages, routes and actions compose named read and domain functions of lib/;
// none of them talks to the database itself (issue 16): a query written in a
// page escapes the actor's scope checks and the tests of lib/.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const APP = import.meta.dirname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

it("no file under app/ imports the database client or the generated Prisma client", () => {
  const database = /from\s+["'](@\/lib\/db(\/[^"']*)?|@\/prisma\/generated[^"']*|(\.\.\/)+lib\/db[^"']*)["']/;
  const offenders = files(APP)
    .filter((f) => database.test(readFileSync(f, "utf8")))
    .map((f) => path.relative(APP, f));
  expect(offenders).toEqual([]);
});
