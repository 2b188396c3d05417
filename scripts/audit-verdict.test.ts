import { describe, expect, it } from "vitest";
import { auditVerdict } from "./audit-verdict";

describe("the dependency audit's verdict", () => {
  it("fails on high and critical advisories only", () => {
    const v = auditVerdict({
      metadata: { vulnerabilities: { low: 1, moderate: 1, high: 1, critical: 1 } },
      vulnerabilities: { a: { severity: "low" }, b: { severity: "moderate" }, c: { severity: "high", fixAvailable: true }, d: { severity: "critical" } },
    });
    expect(v).toEqual({
      kind: "checked",
      counts: { low: 1, moderate: 1, high: 1, critical: 1 },
      serious: [
        { name: "c", severity: "high", fix: true },
        { name: "d", severity: "critical", fix: false },
      ],
    });
    expect(auditVerdict({ metadata: { vulnerabilities: { moderate: 2 } }, vulnerabilities: { b: { severity: "moderate" } } })).toMatchObject({
      kind: "checked",
      serious: [],
    });
  });

  it("says it skipped, not passed, when the advisory service did not answer", () => {
    expect(auditVerdict({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk" })).toEqual({
      kind: "skipped",
      why: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
    });
    expect(auditVerdict({ error: { code: "ENOTFOUND" } })).toEqual({ kind: "skipped", why: "ENOTFOUND" });
  });
});
