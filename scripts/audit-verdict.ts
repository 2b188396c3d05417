// What `npm audit --omit=dev --json` says, judged: fail on high or critical;
// "skipped" (not "passed") when the advisory service gave no answer.
export interface AuditJson {
  error?: { code?: string; summary?: string };
  message?: string;
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; fixAvailable?: unknown }>;
}

export type Verdict =
  { kind: "skipped"; why: string } | { kind: "checked"; counts: Record<string, number>; serious: { name: string; severity: string; fix: boolean }[] };

export function auditVerdict(report: AuditJson): Verdict {
  if (report.error || !report.metadata) return { kind: "skipped", why: report.message || report.error?.summary || report.error?.code || "no answer" };
  const serious = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === "high" || v.severity === "critical")
    .map(([name, v]) => ({ name, severity: v.severity, fix: Boolean(v.fixAvailable) }));
  return { kind: "checked", counts: report.metadata.vulnerabilities ?? {}, serious };
}
