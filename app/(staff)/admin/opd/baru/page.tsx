import type { Metadata } from "next";
import Link from "next/link";
import { OPD_KIND_LABELS, OPD_KINDS } from "@/lib/admin/opds";
import { requirePageActor } from "@/lib/auth/session";
import { OpdForm } from "../opd-form";

export const metadata: Metadata = { title: "Tambah OPD" };

export default async function NewOpdPage() {
  await requirePageActor("admin:opds");
  return (
    <>
      <p>
        <Link href="/admin/opd">← OPD</Link>
      </p>
      <h1>Tambah OPD</h1>
      <OpdForm kinds={OPD_KINDS.map((k) => ({ value: k, label: OPD_KIND_LABELS[k] }))} />
    </>
  );
}
