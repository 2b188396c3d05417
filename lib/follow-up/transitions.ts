// The follow-up of a recommendation as table data, the way lib/workflow/steps.ts holds the twelve steps:
// who may move a recommendation, from where, to where, under which history event. The domain functions
// (respond.ts, assess.ts, overrule.ts, edit.ts), the "waiting for me" list, the forms a page shows and
// the tests are read from here; a changed rule is one edit in this table.
import type { FollowUpStatus, Role } from "@/lib/enums";
import { FOLLOW_UP_STATUS_LABELS } from "./labels";

export type FollowUpKey = "respond" | "assess" | "overrule" | "edit";

export interface FollowUpTransition {
  key: FollowUpKey;
  /** what the form and the button say */
  label: string;
  actors: readonly Role[];
  from: readonly FollowUpStatus[];
  /** true: only while an OPD response waits for assessment; false: only while none does; null: either */
  awaiting: boolean | null;
  to: readonly FollowUpStatus[];
  eventType: string;
  /** true: the actor's turn (listed under "Menunggu saya"); false: a correction the actor may make */
  waitsForActor: boolean;
}

const OPEN: FollowUpStatus[] = ["BELUM_DITINDAKLANJUTI", "DALAM_PROSES"];
const ALL: FollowUpStatus[] = ["BELUM_DITINDAKLANJUTI", "DALAM_PROSES", "SESUAI", "TIDAK_DAPAT_DITINDAKLANJUTI"];
/** Settled: the follow-up is over (counted as done or as lawfully impossible). */
export const SETTLED: readonly FollowUpStatus[] = ["SESUAI", "TIDAK_DAPAT_DITINDAKLANJUTI"];

export const FOLLOW_UP_TRANSITIONS: readonly FollowUpTransition[] = [
  {
    // The OPD's liaison reports what was done, with evidence (and any repayment); it waits for the Irban.
    key: "respond",
    label: "Laporkan tindak lanjut",
    actors: ["OPD"],
    from: OPEN,
    awaiting: false,
    to: ["DALAM_PROSES"],
    eventType: "TL_DITANGGAPI",
    waitsForActor: true,
  },
  {
    // The Irban who led the case judges the response: followed up, returned with notes, or lawfully impossible.
    key: "assess",
    label: "Nilai tindak lanjut",
    actors: ["IRBAN"],
    from: OPEN,
    awaiting: true,
    to: ["SESUAI", "DALAM_PROSES", "TIDAK_DAPAT_DITINDAKLANJUTI"],
    eventType: "TL_DINILAI",
    waitsForActor: true,
  },
  {
    // The Inspektur may overrule the Irban's assessment (never a response still waiting for it).
    key: "overrule",
    label: "Tetapkan status (Inspektur)",
    actors: ["INSPEKTUR"],
    from: ALL,
    awaiting: false,
    to: ALL,
    eventType: "TL_DITETAPKAN_INSPEKTUR",
    waitsForActor: false,
  },
  {
    // A recommendation changed after approval (its deadline, kind, amount): a recorded event, never silent.
    key: "edit",
    label: "Ubah rekomendasi",
    actors: ["INSPEKTUR"],
    from: OPEN,
    awaiting: null,
    to: OPEN,
    eventType: "REKOMENDASI_DIUBAH",
    waitsForActor: false,
  },
];

export function transitionOf(key: FollowUpKey): FollowUpTransition {
  return FOLLOW_UP_TRANSITIONS.find((t) => t.key === key)!;
}

/** Whether the recommendation, as it stands, lets the transition start. */
export function opensFrom(t: FollowUpTransition, rec: { status: FollowUpStatus; awaitingAssessment: boolean }): boolean {
  return t.from.includes(rec.status) && (t.awaiting === null || t.awaiting === rec.awaitingAssessment);
}

/** The transitions the role may take on the recommendation now (the forms its page shows). */
export function transitionsFor(role: Role, rec: { status: FollowUpStatus; awaitingAssessment: boolean }): FollowUpTransition[] {
  return FOLLOW_UP_TRANSITIONS.filter((t) => t.actors.includes(role) && opensFrom(t, rec));
}

/** The recommendations whose turn is the role's: a where-clause, from the table. */
export function waitingWhere(role: Role): { status: { in: FollowUpStatus[] }; awaitingAssessment: boolean }[] {
  return FOLLOW_UP_TRANSITIONS.filter((t) => t.waitsForActor && t.actors.includes(role)).map((t) => ({
    status: { in: [...t.from] },
    awaitingAssessment: t.awaiting === true,
  }));
}

/** Who the recommendation waits for, in words (for everyone else's view). */
export function waitingLabel(rec: { status: FollowUpStatus; awaitingAssessment: boolean }): string {
  if (SETTLED.includes(rec.status)) return FOLLOW_UP_STATUS_LABELS[rec.status];
  return rec.awaitingAssessment ? "Menunggu penilaian Irban" : "Menunggu tindak lanjut OPD";
}
