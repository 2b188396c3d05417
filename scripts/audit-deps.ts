// `npm run audit:deps`: the production dependencies against npm's advisory
// database. Fails on any high or critical advisory. Where the advisory
// service cannot be reached (these build machines reach the registry for
// packages only), it says so plainly and does not pretend to have checked.
import { spawnSync } from "node:child_process";
import { auditVerdict, type AuditJson } from "./audit-verdict";

const res = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 120_000 });
let report: AuditJson;
try {
  report = JSON.parse(res.stdout || "{}") as AuditJson;
} catch {
  console.error("npm audit did not answer with JSON:", (res.stderr || res.stdout).slice(0, 500));
  process.exit(1);
}
const verdict = auditVerdict(report);
if (verdict.kind === "skipped") {
  console.log(`SKIPPED: npm's advisory service is not reachable from here (${verdict.why}). Run \`npm run audit:deps\` where it is.`);
  process.exit(0);
}
console.log(
  `npm audit (production dependencies): ${Object.entries(verdict.counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")}`,
);
for (const v of verdict.serious) console.log(`  ${v.severity.toUpperCase()} ${v.name}${v.fix ? " (fix available)" : ""}`);
process.exit(verdict.serious.length ? 1 : 0);
