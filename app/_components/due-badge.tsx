import type { DueState } from "@/lib/sla/calendar";

const CLASS: Record<DueState["kind"], string> = { ok: "ok", soon: "warn", late: "late", done: "off", paused: "off" };

/** The due state in words and colour (never colour alone). */
export function DueBadge({ state }: { state: DueState }) {
  return (
    <span className={`badge ${CLASS[state.kind]}`} data-testid="due-state">
      {state.kind === "late" ? "⚠ " : state.kind === "paused" ? "⏸ " : ""}
      {state.label}
    </span>
  );
}
