import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import type { StepTargets } from "@/lib/settings/registry";
import { getSetting } from "@/lib/settings/settings";
import { TARGET_STEPS } from "@/lib/workflow/steps";
import { RECOMMENDATION_KIND_LABELS, RECOMMENDATION_KINDS } from "@/lib/follow-up/labels";
import { FollowUpDeadlinesForm } from "./follow-up-deadlines-form";
import { TargetsForm } from "./targets-form";

export const metadata: Metadata = { title: "Target langkah" };

export default async function StepTargetsPage() {
  await requirePageActor("admin:settings");
  const [targets, deadlines] = await Promise.all([getSetting("stepTargets"), getSetting("followUpDeadlines")]);
  return (
    <>
      <h1>Target waktu per langkah</h1>
      <p className="muted">
        Berapa hari kerja setiap langkah boleh berlangsung, terhitung sejak aduan sampai pada langkah itu. Seluruh aduan tetap harus selesai dalam 20 hari
        kerja. Perubahan langsung berlaku bagi aduan yang masih terbuka.
      </p>
      <TargetsForm
        steps={TARGET_STEPS.map((s) => ({ number: s.number, code: s.code, label: s.label, days: targets[String(s.number) as keyof StepTargets] }))}
      />
      <h2 id="batas-tindak-lanjut">Batas waktu tindak lanjut rekomendasi oleh OPD</h2>
      <p className="muted">
        Berapa lama OPD boleh menindaklanjuti setiap jenis rekomendasi. Pengingat dikirim kepada penghubung OPD 30 dan 7 hari sebelum batas waktu dan pada
        harinya. Inspektur dapat menetapkan batas lain untuk satu rekomendasi (tercatat dalam riwayat).
      </p>
      <FollowUpDeadlinesForm kinds={RECOMMENDATION_KINDS.map((k) => ({ kind: k, label: RECOMMENDATION_KIND_LABELS[k], ...deadlines[k] }))} />
    </>
  );
}
