import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import type { StepTargets } from "@/lib/settings/registry";
import { getSetting } from "@/lib/settings/settings";
import { TARGET_STEPS } from "@/lib/workflow/steps";
import { TargetsForm } from "./targets-form";

export const metadata: Metadata = { title: "Target langkah" };

export default async function StepTargetsPage() {
  await requirePageActor("admin:settings");
  const targets = await getSetting("stepTargets");
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
    </>
  );
}
