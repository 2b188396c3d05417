// The step the case waits for: its form for the person whose turn it is,
// and for everyone else in scope, which step is pending and with whom.
import { DueBadge } from "@/app/_components/due-badge";
import { formatCivilDate, formatDateTime } from "@/lib/format/dates";
import { WILAYAH_LABELS } from "@/lib/auth/roles";
import { formatNip } from "@/lib/staff/nip";
import { addWorkingDays, isWorkingDay } from "@/lib/sla/working-days";
import { staffToChoose, teamCandidates } from "@/lib/steps/lookups";
import { missingParts } from "@/lib/steps/submit-report";
import type { CaseView } from "@/lib/workflow/case-view";
import { TL_LABELS } from "@/lib/workflow/inputs/review";
import { DistributeSptForm, DraftSptForm, ForwardForm, NotifyForm, SubmitReportForm } from "../_steps/simple-steps";
import { DisposeForm, OrderReviewForm, QuickReviewForm } from "../_steps/review-steps";
import { SignSptForm, TeamPlanForm } from "../_steps/team-steps";
import { ApproveReportForm } from "../_steps/approve-report-form";
import { REPORT_APPROVAL } from "@/lib/workflow/steps";
import { lowerFirst } from "@/lib/format/text";
import { signingMode } from "@/lib/signing/config";
import { FieldWork } from "./field-work";
import { StepContext } from "./step-context";

const TL_VERB = { KOORDINASI: "koordinasi", KLARIFIKASI: "klarifikasi", AUDIT: "audit" } as const;

/** What the Inspektur is about to sign, said in the confirmation. */
function sptSummary(kase: CaseView["kase"], task: string | undefined): string {
  const plan = kase.teamPlans.findLast((p) => p.status === "DIAJUKAN");
  const team = plan ? `; tim ${plan.members.length} orang, ${plan.durationDays} hari kerja mulai ${formatCivilDate(plan.startOn)}` : "";
  return `SPT atas aduan ${kase.registerNumber} (${kase.title})${task ? `, untuk: ${task}` : ""}${team}.`;
}

async function StepFormFor({ view }: { view: CaseView }) {
  const { kase, pending, calendar, today } = view;
  const base = { caseId: kase.id, version: kase.version };
  switch (pending!.step.number) {
    case 2:
      return <ForwardForm {...base} />;
    case 3: {
      const reviewers = await staffToChoose(pending!.step);
      return <OrderReviewForm {...base} reviewers={reviewers.map((r) => ({ id: r.id, name: r.name, hint: r.jabatan }))} />;
    }
    case 4:
      return <QuickReviewForm {...base} />;
    case 5: {
      const irbans = await staffToChoose(pending!.step);
      const suggested = kase.opd ? irbans.find((i) => i.irbanWilayah === kase.opd!.irbanWilayah) : undefined;
      return (
        <DisposeForm
          {...base}
          irbans={irbans.map((i) => ({ id: i.id, name: i.name, hint: i.irbanWilayah ? WILAYAH_LABELS[i.irbanWilayah] : undefined }))}
          suggestedIrbanId={suggested?.id ?? null}
          recommendedTl={kase.reviews.at(-1)?.recommendation ?? null}
        />
      );
    }
    case 6: {
      const staff = await teamCandidates();
      const previous = kase.teamPlans.at(-1);
      const inspektur = staff.find((s) => s.role === "INSPEKTUR");
      const initial = previous
        ? previous.members.map((m) => ({ userId: m.user.id, teamRole: m.teamRole }))
        : [
            ...(inspektur ? [{ userId: inspektur.id, teamRole: "PENANGGUNG_JAWAB" }] : []),
            ...(kase.irbanUserId ? [{ userId: kase.irbanUserId, teamRole: "WAKIL_PENANGGUNG_JAWAB" }] : []),
          ];
      const start = isWorkingDay(today, calendar.holidays) ? today : addWorkingDays(today, 1, calendar.holidays);
      return (
        <TeamPlanForm
          {...base}
          staff={staff.map((s) => ({ id: s.id, label: `${s.name} — ${s.jabatan}${s.nip ? ` (${formatNip(s.nip)})` : ""}` }))}
          initialMembers={initial}
          defaultStart={start}
        />
      );
    }
    case 7: {
      const draft = kase.documents.findLast((d) => d.type === "SPT" && d.status === "DRAF");
      const content = (draft?.content ?? {}) as { task?: string; returnNotes?: string };
      const verb = TL_VERB[kase.tlType ?? "KLARIFIKASI"];
      const suggested =
        content.task ??
        `Melaksanakan ${verb} atas pengaduan masyarakat Nomor ${kase.registerNumber} perihal ${kase.title}` +
          // The duty to report is its own "Untuk" item in the SPT template: not repeated here.
          `${kase.opd ? ` pada ${kase.opd.name}` : ""}`;
      return <DraftSptForm {...base} suggestedTask={suggested} returnNotes={content.returnNotes ?? null} />;
    }
    case 8: {
      const draft = kase.documents.findLast((d) => d.type === "SPT" && d.status === "DRAF");
      // The draft itself stands in the step's context (StepContext), beside the form or folded above it.
      return <SignSptForm {...base} summary={sptSummary(kase, (draft?.content as { task?: string } | undefined)?.task)} tte={signingMode()} />;
    }
    case 9:
      return <DistributeSptForm {...base} />;
    case 10: {
      const missing = missingParts(kase.tlType ?? "KLARIFIKASI", (kase.fieldReport?.sections as Record<string, unknown>) ?? null, kase.findings);
      const returned = kase.decisions.findLast((d) => d.kind === "LAPORAN_DIKEMBALIKAN" || d.kind === "LAPORAN_DISETUJUI");
      return <SubmitReportForm {...base} missing={missing} returnNotes={returned?.kind === "LAPORAN_DIKEMBALIKAN" ? returned.instructions : null} />;
    }
    case REPORT_APPROVAL: {
      const findings = kase.findings.length;
      const summary =
        `${TL_LABELS[kase.tlType ?? "KLARIFIKASI"]} atas aduan ${kase.registerNumber} (${kase.title})` +
        `${findings ? `, ${findings} temuan` : ""}, disusun tim berdasarkan SPT yang telah ditandatangani.`;
      return <ApproveReportForm {...base} summary={summary} previewHref={`/api/dokumen/laporan/${kase.id}?format=pdf&lihat=1`} tte={signingMode()} />;
    }
    case 11: {
      const conclusion = (kase.fieldReport?.sections as Record<string, string | null> | null)?.simpulan;
      const suggested =
        `Aduan Anda nomor ${kase.registerNumber} telah ditindaklanjuti oleh Inspektorat Kabupaten Banyumas melalui ` +
        `${lowerFirst(TL_LABELS[kase.tlType ?? "KLARIFIKASI"])}.` +
        (conclusion ? `\n\nHasilnya: ${conclusion}` : "") +
        "\n\nTerima kasih atas kepedulian Anda.";
      return <NotifyForm {...base} suggestedMessage={suggested} />;
    }
    default:
      return null;
  }
}

function StepTarget({ view }: { view: CaseView }) {
  if (!view.stepDue || !view.kase.stepDueOn) return null;
  return (
    <p style={{ margin: ".25rem 0 0" }} data-testid="step-target">
      Target langkah ini: {formatCivilDate(view.kase.stepDueOn)} <DueBadge state={view.stepDue} />
    </p>
  );
}

/** The section menu's entry for the step panel. */
export function pendingStepLink(view: CaseView): { id: string; label: string } | null {
  if (!view.pending) return null;
  return view.pending.myTurn && view.pending.step.number !== 12
    ? { id: "langkah-anda", label: `Langkah ${view.pending.step.code} (giliran Anda)` }
    : { id: "langkah-berikutnya", label: `Langkah ${view.pending.step.code}` };
}

export async function PendingStep({ view }: { view: CaseView }) {
  const { pending } = view;
  if (!pending) return null;
  if (!pending.myTurn || pending.step.number === 12) {
    // Since when: the case has waited for this step from its last recorded event.
    const since = view.kase.history.at(-1)?.createdAt;
    return (
      <section className="waiting" data-testid="pending-step" aria-labelledby="langkah-berikutnya">
        <h2 id="langkah-berikutnya" className="waiting-title">
          Menunggu Langkah {pending.step.code}: {pending.step.label}
        </h2>
        <p style={{ margin: 0 }}>
          Giliran <strong>{pending.waitingFor}</strong>
          {since ? <> sejak {formatDateTime(since)}</> : null}.
        </p>
        <StepTarget view={view} />
      </section>
    );
  }
  return (
    <section className="step-panel" aria-labelledby="langkah-anda" data-testid="my-step">
      <h2 id="langkah-anda">
        Langkah {pending.step.code}: {pending.step.label}
      </h2>
      <StepTarget view={view} />
      <div className="step-layout">
        <div className="step-main">
          {pending.step.number === 10 ? <FieldWork view={view} inStep /> : null}
          <StepFormFor view={view} />
        </div>
        <StepContext view={view} />
      </div>
    </section>
  );
}
