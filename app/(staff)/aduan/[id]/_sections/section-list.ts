// The sections of the case page after the step panel, in order: one list
// drives both the page and its section menu, so the menu names every section
// that is shown and none that is not.
import type { CaseView } from "@/lib/workflow/case-view";
import { Attachments } from "./attachments";
import { Documents } from "./documents";
import { FieldWork } from "./field-work";
import { Messages } from "./messages";
import { Recommendations } from "./recommendations";
import { ReviewSection } from "./review";
import { CaseSummary } from "./summary";
import { TeamSection } from "./team";
import { Timeline } from "./timeline";

interface CaseSectionEntry {
  id: string;
  label: string;
  Section: (props: { view: CaseView }) => React.ReactNode;
}

const ALL: (CaseSectionEntry & { shows: (view: CaseView) => boolean })[] = [
  { id: "ringkasan", label: "Ringkasan", Section: CaseSummary, shows: () => true },
  { id: "lampiran", label: "Lampiran", Section: Attachments, shows: () => true },
  {
    id: "telaah",
    label: "Telaah",
    Section: ReviewSection,
    shows: ({ kase }) => kase.reviews.length > 0 || kase.decisions.length > 0 || kase.reviewers.length > 0,
  },
  { id: "tim", label: "Tim", Section: TeamSection, shows: ({ kase }) => kase.teamPlans.length > 0 },
  { id: "dokumen", label: "Dokumen", Section: Documents, shows: () => true },
  {
    id: "pelaksanaan",
    label: "Pelaksanaan",
    Section: FieldWork,
    // At step 10 the team member whose turn it is has this work in the step panel.
    shows: ({ kase, pending }) =>
      !(pending?.step.number === 10 && pending.myTurn) && (kase.workNotes.length > 0 || kase.findings.length > 0 || kase.fieldReport !== null),
  },
  { id: "rekomendasi", label: "Rekomendasi", Section: Recommendations, shows: ({ kase }) => kase.recommendations.length > 0 },
  { id: "pesan", label: "Pesan", Section: Messages, shows: (view) => view.kase.messages.length > 0 || view.mayAskComplainant },
  { id: "riwayat", label: "Riwayat", Section: Timeline, shows: () => true },
];

export function caseSections(view: CaseView): CaseSectionEntry[] {
  return ALL.filter((s) => s.shows(view));
}
