// Every way into SIPADU that changes something, and who may use it: each
// server action ('use server' export) and each route handler. A test reads
// the source tree and fails when an action or a route is missing here
// (lib/auth/action-registry.test.ts); another tries every role against every
// entry (lib/auth/authorization-matrix.db.test.ts).
import type { FollowUpKey } from "@/lib/follow-up/transitions";
import type { Permission } from "./permissions";

export type Gate =
  /** a step of the procedure: the roles of the step table, on a case in the actor's scope */
  | { step: number }
  /** a permission; `scoped`: on a case, within the actor's scope (else "not found") */
  | { permission: Permission; scoped?: boolean }
  /** step 10's field work: the step's roles, on a case in scope that waits for step 10 */
  | { fieldWork: true }
  /** a WBS reporter's identity: asked for by staff who see the case, opened with the Inspektur's approval */
  | { identity: "request" | "view" }
  /** a follow-up transition (lib/follow-up/transitions.ts): the table's roles, on a recommendation in the actor's scope */
  | { followUp: FollowUpKey }
  /** anyone, without an account: rate-limited per client, checked by receipt code or verification code */
  | { public: string };

/** Server actions, by file (from the project root) and export. */
export const SERVER_ACTIONS: Record<string, Record<string, Gate>> = {
  "app/(staff)/aduan/[id]/actions.ts": {
    forwardAction: { step: 2 },
    orderReviewAction: { step: 3 },
    quickReviewAction: { step: 4 },
    disposeAction: { step: 5 },
    teamPlanAction: { step: 6 },
    draftSptAction: { step: 7 },
    signSptAction: { step: 8 },
    distributeSptAction: { step: 9 },
    submitReportAction: { step: 10 },
    notifyAction: { step: 11 },
    approveReportAction: { step: 13 },
    workNoteAction: { fieldWork: true },
    findingAction: { fieldWork: true },
    deleteFindingAction: { fieldWork: true },
    reportAction: { fieldWork: true },
  },
  "app/(staff)/aduan/[id]/complainant-actions.ts": {
    requestIdentityAction: { identity: "request" },
    decideIdentityAction: { permission: "wbs:decide-identity", scoped: true },
    viewIdentityAction: { identity: "view" },
    askComplainantAction: { permission: "complainant:message", scoped: true },
    closeIncompleteAction: { permission: "complainant:message", scoped: true },
  },
  "app/(staff)/aduan/baru/actions.ts": { registerCaseAction: { step: 1 } },
  "app/(staff)/aduan/impor/actions.ts": {
    previewCsvAction: { permission: "lapak:import" },
    importCsvAction: { permission: "lapak:import" },
  },
  "app/(staff)/tindak-lanjut/[id]/actions.ts": {
    respondAction: { followUp: "respond" },
    assessAction: { followUp: "assess" },
    overruleAction: { followUp: "overrule" },
    editAction: { followUp: "edit" },
  },
  "app/(staff)/kotak-keluar/actions.ts": { retryAction: { permission: "outbox:view" } },
  "app/(staff)/akun/actions.ts": {
    changePasswordAction: { permission: "account:self" },
    signOutEverywhereAction: { permission: "account:self" },
  },
  "app/(staff)/admin/pengguna/actions.ts": {
    createUserAction: { permission: "admin:users" },
    updateUserAction: { permission: "admin:users" },
    setUserActiveAction: { permission: "admin:users" },
    resetPasswordAction: { permission: "admin:users" },
    resetTwoFactorAction: { permission: "admin:users" },
  },
  "app/(staff)/persetujuan-akun/actions.ts": { decideApprovalAction: { permission: "account:approve" } },
  "app/(staff)/akun/dua-langkah/actions.ts": {
    startTwoFactorAction: { permission: "account:self" },
    confirmTwoFactorAction: { permission: "account:self" },
    regenerateCodesAction: { permission: "account:self" },
    disableTwoFactorAction: { permission: "account:self" },
  },
  "app/(staff)/admin/opd/actions.ts": {
    createOpdAction: { permission: "admin:opds" },
    updateOpdAction: { permission: "admin:opds" },
  },
  "app/(staff)/admin/hari-libur/actions.ts": {
    addHolidayAction: { permission: "admin:holidays" },
    updateHolidayAction: { permission: "admin:holidays" },
    removeHolidayAction: { permission: "admin:holidays" },
    setYearAction: { permission: "admin:holidays" },
  },
  "app/(staff)/admin/target-langkah/actions.ts": {
    saveTargetsAction: { permission: "admin:settings" },
    saveFollowUpDeadlinesAction: { permission: "admin:settings" },
  },
  "app/(staff)/admin/surat/actions.ts": {
    saveLetterSettingsAction: { permission: "admin:settings" },
    saveLambangAction: { permission: "admin:settings" },
  },
  "app/(staff)/admin/lapak-aduan/actions.ts": {
    createKeyAction: { permission: "admin:api-keys" },
    revokeKeyAction: { permission: "admin:api-keys" },
  },
  "app/(public)/lapor/actions.ts": { submitComplaintAction: { public: "a citizen's complaint (step 1), 10 per hour per client" } },
  "app/(public)/wbs/actions.ts": { submitWbsAction: { public: "a whistleblower's report (step 1), 10 per hour per client" } },
  "app/(public)/lacak/actions.ts": {
    lookupAction: { public: "opens a case by its receipt code for 30 minutes" },
    answerAction: { public: "the complainant answers, within the tracking session" },
    confirmAction: { public: "step 12, within the tracking session" },
    leaveAction: { public: "ends the tracking session" },
  },
  "app/(public)/receipt-actions.ts": { receiptPdfAction: { public: "the receipt of the case the receipt code opens" } },
  "app/(public)/verifikasi/actions.ts": {
    checkFileAction: { public: "compares a file's hash with a signed document's" },
    goToCodeAction: { public: "goes to the verification page of a code" },
  },
};

export type RouteGate = Gate | { machine: string } | { nextAuth: true } | { open: string };

/** Route handlers, by file and HTTP method. GET downloads are listed too: the route matrix tries them all. */
export const ROUTES: Record<string, Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", RouteGate>>> = {
  "app/api/auth/[...nextauth]/route.ts": { GET: { nextAuth: true }, POST: { nextAuth: true } },
  "app/api/lapak-aduan/aduan/route.ts": { POST: { machine: "Lapak Aduan: API key and HMAC signature" } },
  "app/api/health/route.ts": { GET: { open: "status only" } },
  "app/api/ping/route.ts": { GET: { open: "empty: the benchmarks' floor (404 unless the benchmark started the server)" } },
  "app/api/demo-kode/route.ts": { GET: { open: "demo installations only: the published demo secret's current code" } },
  "app/api/lambang/route.ts": { GET: { open: "the coat of arms on letterheads" } },
  "app/api/lampiran/[id]/route.ts": { GET: { permission: "case:view", scoped: true } },
  "app/api/dokumen/[id]/route.ts": { GET: { permission: "case:view", scoped: true } },
  "app/api/dokumen/laporan/[caseId]/route.ts": { GET: { permission: "case:view", scoped: true } },
  "app/api/dokumen/tanda-terima/[caseId]/route.ts": { GET: { permission: "case:view", scoped: true } },
  "app/api/dasbor/ekspor/route.ts": { GET: { permission: "report:export" } },
  "app/api/dasbor/rekap/route.ts": { GET: { permission: "report:export" } },
  "app/api/tindak-lanjut/rekap/route.ts": { GET: { permission: "report:export" } },
};
