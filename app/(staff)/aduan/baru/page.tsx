import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { WILAYAH_LABELS } from "@/lib/auth/roles";
import { RegisterForm } from "./register-form";
import { opdChoices } from "@/lib/intake/opd-choices";

export const metadata: Metadata = { title: "Catat aduan" };

export default async function NewCasePage() {
  await requirePageActor("case:register");
  const opds = await opdChoices();
  return (
    <>
      <p>
        <Link href="/aduan">← Kotak masuk</Link>
      </p>
      <h1>Catat aduan</h1>
      <p className="muted">
        Langkah 1 untuk aduan yang datang melalui surat, e-mail, telepon atau langsung, dan untuk disposisi Bupati. Batas waktu 20 hari kerja dihitung sejak
        hari ini.
      </p>
      <RegisterForm opds={opds.map((o) => ({ value: o.id, label: `${o.name} (Irban ${WILAYAH_LABELS[o.irbanWilayah]})` }))} />
    </>
  );
}
