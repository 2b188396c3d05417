import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OPD_KIND_LABELS, OPD_KINDS } from "@/lib/admin/opds";
import { opdById } from "@/lib/admin/opd-list";
import { requirePageActor } from "@/lib/auth/session";
import { OpdForm } from "../opd-form";

export const metadata: Metadata = { title: "Ubah OPD" };

export default async function EditOpdPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageActor("admin:opds");
  const opd = await opdById(id);
  if (!opd) notFound();
  return (
    <>
      <p>
        <Link href="/admin/opd">← OPD</Link>
      </p>
      <h1>{opd.name}</h1>
      <OpdForm
        kinds={OPD_KINDS.map((k) => ({ value: k, label: OPD_KIND_LABELS[k] }))}
        opd={{
          id: opd.id,
          version: opd.version,
          code: opd.code,
          name: opd.name,
          kind: opd.kind,
          irbanWilayah: opd.irbanWilayah,
          irbanVerified: opd.irbanVerified,
          active: opd.active,
        }}
      />
    </>
  );
}
