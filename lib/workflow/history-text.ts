// The history in Indonesian: what each event says on the case page (its
// words from the event itself, else from lib/history/labels.ts or the step table).
import type { FollowUpStatus } from "@/lib/enums";
import { ASSESSMENT_LABELS, FOLLOW_UP_STATUS_LABELS } from "@/lib/follow-up/labels";
import { FOLLOW_UP_TRANSITIONS } from "@/lib/follow-up/transitions";
import { formatCivilDate } from "@/lib/format/dates";
import { formatRupiah } from "@/lib/format/numbers";
import { EVENT_LABELS } from "@/lib/history/labels";
import { CHANNEL_LABELS } from "@/lib/workflow/inputs/intake";
import { CLOSURE_LABELS, NATURE_LABELS, RECOMMENDATION_LABELS, TL_LABELS } from "@/lib/workflow/inputs/review";
import { CONCLUSION_LABELS } from "@/lib/workflow/inputs/execution";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { REPORT_APPROVAL, STEPS } from "@/lib/workflow/steps";

type Data = Record<string, unknown>;

const FOLLOW_UP_EVENT_TYPES = FOLLOW_UP_TRANSITIONS.map((t) => t.eventType);
const CHANGE_LABELS: Record<string, string> = {
  text: "rekomendasi",
  kind: "jenis",
  responsibleOfficial: "penanggung jawab",
  amountDueRupiah: "jumlah yang harus dikembalikan",
  deadlineOn: "batas waktu",
};

const str = (v: unknown) => (typeof v === "string" && v ? v : null);
const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

export function describeEvent(e: { step: number | null; type: string; data: unknown }): { title: string; details: string[] } {
  const d = (e.data ?? {}) as Data;
  const title = str(d.label) ?? (EVENT_LABELS as Record<string, string>)[e.type] ?? STEPS.find((s) => s.number === e.step)?.eventLabel ?? e.type;
  const details: string[] = [];
  const add = (label: string, value: string | null) => {
    if (value) details.push(`${label}: ${value}`);
  };
  if (FOLLOW_UP_EVENT_TYPES.includes(e.type)) {
    const from = FOLLOW_UP_STATUS_LABELS[d.from as FollowUpStatus];
    const to = FOLLOW_UP_STATUS_LABELS[d.to as FollowUpStatus];
    if (from && to) details.push(from === to ? `Status: ${to}` : `Status: ${from} → ${to}`);
    if (typeof d.decision === "string") add("Penilaian", ASSESSMENT_LABELS[d.decision as keyof typeof ASSESSMENT_LABELS] ?? null);
    if (typeof d.repaidRupiah === "string") add(e.type === "TL_DITANGGAPI" ? "Setoran" : "Total setoran diterima", formatRupiah(BigInt(d.repaidRupiah)));
    if (typeof d.evidence === "number" && d.evidence > 0) details.push(`${d.evidence} berkas bukti`);
    if (d.changes && typeof d.changes === "object")
      details.push(
        `Diubah: ${Object.keys(d.changes)
          .map((k) => CHANGE_LABELS[k] ?? k)
          .join(", ")}`,
      );
    add(e.type === "TL_DINILAI" ? "Catatan" : "Alasan", str(d.notes));
    return { title, details };
  }
  if (!e.type.startsWith("LANGKAH_")) {
    add("Alasan", str(d.reason));
    add("Untuk", str(d.for));
    add("Nomor", str(d.number));
    if (typeof d.conclusion === "string") add("Simpulan", CONCLUSION_LABELS[d.conclusion as keyof typeof CONCLUSION_LABELS] ?? null);
    if (typeof d.evidence === "number" && d.evidence > 0) details.push(`${d.evidence} berkas bukti ditambahkan`);
    return { title, details };
  }
  switch (e.step) {
    case 1:
      add("Sumber", SOURCE_LABELS[d.source as keyof typeof SOURCE_LABELS] ?? null);
      add("Diterima melalui", CHANNEL_LABELS[d.channel as string] ?? null);
      add("Batas waktu", str(d.dueOn) && formatCivilDate(d.dueOn as string));
      break;
    case 2:
      add("Catatan pengantar", str(d.note));
      break;
    case 3:
      add("Penelaah", list(d.reviewers).join(", ") || null);
      add("Arahan", str(d.instructions));
      break;
    case 4:
      add("Rekomendasi", RECOMMENDATION_LABELS[d.recommendation as keyof typeof RECOMMENDATION_LABELS] ?? null);
      add("Sifat", NATURE_LABELS[d.nature as keyof typeof NATURE_LABELS] ?? null);
      add("Alasan", CLOSURE_LABELS[d.closureReason as keyof typeof CLOSURE_LABELS] ?? null);
      add("Sama dengan", str(d.duplicateOf));
      break;
    case 5:
      if (d.decision === "TINDAK_LANJUT") {
        add("Tindak lanjut", str(d.tlLabel) ?? TL_LABELS[d.tlType as keyof typeof TL_LABELS] ?? null);
        add("Irban", str(d.irban));
      } else {
        add("Alasan", CLOSURE_LABELS[d.closureReason as keyof typeof CLOSURE_LABELS] ?? null);
        add("Sama dengan", str(d.duplicateOf));
      }
      add(d.decision === "TINDAK_LANJUT" ? "Arahan" : "Keterangan", str(d.instructions));
      break;
    case 6:
      add("Tim", list(d.members).join("; ") || null);
      if (str(d.startOn) && str(d.endOn)) {
        details.push(`Pelaksanaan: ${d.durationDays} hari kerja, ${formatCivilDate(d.startOn as string)} s.d. ${formatCivilDate(d.endOn as string)}`);
      }
      break;
    case 7:
      add("Untuk", str(d.task));
      add("Catatan", str(d.notes));
      break;
    case 8:
      add("Nomor SPT", str(d.number));
      add("Catatan", str(d.notes));
      break;
    case 9:
      add("SPT", str(d.sptNumber));
      add("Disampaikan kepada", list(d.recipients).join(", ") || null);
      add("Salinan", str(d.copyTo));
      break;
    case 10:
      if (typeof d.findings === "number") details.push(`${d.findings} temuan`);
      break;
    case REPORT_APPROVAL:
      add("Nomor laporan", str(d.number));
      add(d.decision === "KEMBALIKAN" ? "Catatan perbaikan" : "Catatan", str(d.notes));
      break;
    case 11:
      if (str(d.followedUpOn)) {
        details.push(`${d.onTime ? "Dalam" : "Melewati"} batas 20 hari kerja (batas ${formatCivilDate(d.dueOn as string)})`);
      }
      break;
    case 12:
      if (typeof d.satisfaction === "number") details.push(`Kepuasan: ${d.satisfaction} dari 5`);
      add("Keterangan", str(d.note));
      break;
  }
  return { title, details };
}
