// The README's *Layout* names every folder of lib/ (issue 16): the map a new
// engineer reads first stays true as folders come and go.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");

it("the README's layout lists every folder of lib/ and no folder that is gone", () => {
  const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
  const layout = readme.slice(readme.indexOf("## Layout"));
  const listed = [...layout.matchAll(/^lib\/([a-z-]+)\//gm)].map((m) => m[1]!);
  const folders = readdirSync(path.join(ROOT, "lib")).filter((f) => statSync(path.join(ROOT, "lib", f)).isDirectory());
  expect([...listed].sort()).toEqual([...folders].sort());
});
