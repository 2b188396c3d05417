import type { Metadata } from "next";
import { WbsForm } from "./wbs-form";
import { opdChoices } from "@/lib/intake/opd-choices";

export const metadata: Metadata = { title: "Pelaporan pelanggaran (WBS)" };

export default async function WbsPage() {
  const opds = await opdChoices();
  return (
    <>
      <h1>Pelaporan pelanggaran (whistleblowing system)</h1>
      <p>
        Untuk melaporkan dugaan korupsi, penyalahgunaan wewenang atau pelanggaran lain di lingkungan Pemerintah Kabupaten Banyumas,{" "}
        <strong>tanpa menyebut nama</strong>. Alamat IP dan perangkat Anda tidak disimpan. Identitas yang Anda berikan disimpan terenkripsi.
      </p>
      <p className="muted">Gunakan perangkat dan jaringan pribadi, bukan milik kantor, agar laporan Anda tidak terlacak.</p>
      <WbsForm opds={opds.map((o) => ({ value: o.id, label: o.name }))} />
    </>
  );
}
