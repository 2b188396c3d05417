// The complaint's 5W+1H as a list of facts: in the Ringkasan section and in the
// step panel's context beside the form (compact, with the OPD).
import type { CaseView } from "@/lib/workflow/case-view";

export function Fact({ label, value }: { label: string; value: React.ReactNode }) {
  if (value === null || value === undefined || value === "") return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

export function ComplaintFacts({ kase, compact = false }: { kase: CaseView["kase"]; compact?: boolean }) {
  return (
    <dl className={compact ? "facts compact" : "facts"}>
      <Fact label="Apa" value={<span style={{ whiteSpace: "pre-wrap" }}>{kase.description}</span>} />
      <Fact label="Siapa (terlapor)" value={kase.reportedParty} />
      <Fact label="Di mana" value={kase.location} />
      <Fact label="Kapan" value={kase.occurredAt} />
      <Fact label="Mengapa" value={kase.reason} />
      <Fact label="Bagaimana" value={kase.manner} />
      <Fact label="Bukti" value={kase.evidenceSummary} />
      {compact ? <Fact label="OPD" value={kase.opd?.name} /> : null}
    </dl>
  );
}
