import type { Metadata } from "next";
import { ComplaintForm } from "./complaint-form";
import { opdChoices } from "@/lib/intake/opd-choices";

export const metadata: Metadata = { title: "Laporkan aduan" };

export default async function LaporPage() {
  const opds = await opdChoices();
  return (
    <>
      <h1>Laporkan aduan</h1>
      <p>
        Sampaikan dugaan penyimpangan atau pelayanan yang buruk oleh perangkat daerah Pemerintah Kabupaten Banyumas. Aduan ditangani paling lama{" "}
        <strong>20 hari kerja</strong>, tanpa biaya. Setelah mengirim, Anda mendapat nomor register dan <strong>kode tanda terima</strong> untuk mengikuti
        perkembangannya.
      </p>
      <p className="muted">
        Melaporkan pelanggaran di lingkungan kerja Anda dan ingin dilindungi? Gunakan <a href="/wbs">saluran pelaporan pelanggaran (WBS)</a>.
      </p>
      <ComplaintForm opds={opds.map((o) => ({ value: o.id, label: o.name }))} />
    </>
  );
}
