import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Impor Lapak Aduan" };

export default async function ImportPage() {
  await requirePageActor("lapak:import");
  return (
    <>
      <p>
        <Link href="/aduan">← Kotak masuk</Link>
      </p>
      <h1>Impor CSV Lapak Aduan</h1>
      <p className="muted">
        Untuk tiket Lapak Aduan yang tidak terkirim otomatis. Periksa pratinjau dahulu: baris yang salah disebutkan nomor baris dan alasannya; tiket yang sudah
        ada dilewati.
      </p>
      <ImportForm />
    </>
  );
}
