import Link from "next/link";
import { getSetting } from "@/lib/settings/settings";
import { PUBLIC_STAGES } from "@/lib/intake/tracking";

export default async function LandingPage() {
  const instansi = await getSetting("instansi");
  // The stages a complainant sees, in order and without repeats (from the step table).
  const stages = PUBLIC_STAGES;
  return (
    <>
      <section className="hero" aria-labelledby="judul">
        <h1 id="judul">Pengaduan Masyarakat kepada Inspektorat Kabupaten Banyumas</h1>
        <p className="promise">
          Laporkan dugaan penyimpangan atau pelayanan yang buruk oleh perangkat daerah Pemerintah Kabupaten Banyumas. Setiap aduan ditangani dan ditindaklanjuti
          paling lama <strong>20 hari kerja</strong> sejak dicatat, <strong>tanpa biaya</strong>.
        </p>
        <p>Hasilnya berupa Laporan Hasil Audit, Klarifikasi atau Koordinasi, dan Anda diberi tahu ketika aduan Anda selesai ditindaklanjuti.</p>
        <div className="actions">
          <Link className="button" href="/lapor">
            Laporkan aduan
          </Link>
          <Link className="button secondary" href="/wbs">
            Laporkan pelanggaran (WBS)
          </Link>
          <Link className="button secondary" href="/lacak">
            Lacak aduan
          </Link>
        </div>
      </section>

      <div className="grid-2">
        <section className="card" aria-labelledby="cara">
          <h2 id="cara" style={{ marginTop: 0 }}>
            Cara menyampaikan aduan
          </h2>
          <ul className="steps-list">
            <li>
              Isi <Link href="/lapor">formulir aduan</Link> di laman ini; Anda langsung mendapat nomor register dan kode tanda terima.
            </li>
            <li>
              Datang langsung atau kirim surat ke {instansi.nama === "INSPEKTORAT" ? "Inspektorat" : instansi.nama}, {instansi.alamat} {instansi.kodePos}.
            </li>
            <li>
              Kirim e-mail ke <a href={`mailto:${instansi.email}`}>{instansi.email}</a>.
            </li>
            <li>Melalui Lapak Aduan Kabupaten Banyumas; aduan Anda diteruskan ke sini dan statusnya dilaporkan kembali.</li>
            <li>
              Pelapor pelanggaran (<em>whistleblower</em>) dapat melapor tanpa menyebut identitas melalui <Link href="/wbs">saluran WBS</Link>; identitas yang
              Anda berikan disimpan terenkripsi.
            </li>
          </ul>
          <p>
            Sertakan <strong>apa</strong> yang terjadi, <strong>siapa</strong> yang dilaporkan dan dari OPD mana, <strong>di mana</strong>,{" "}
            <strong>kapan</strong>, <strong>bagaimana</strong>, serta bukti yang Anda miliki.
          </p>
        </section>

        <section className="card" aria-labelledby="tahap">
          <h2 id="tahap" style={{ marginTop: 0 }}>
            Tahapan penanganan
          </h2>
          <ol className="steps-list">
            {stages.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
          <p className="muted">Setiap aduan mendapat nomor register dan kode tanda terima untuk mengikuti perkembangannya.</p>
        </section>
      </div>

      <section className="card" aria-labelledby="kontak" style={{ marginTop: "1rem" }}>
        <h2 id="kontak" style={{ marginTop: 0 }}>
          Pengaduan atas layanan ini
        </h2>
        <p>Bila Anda tidak puas dengan penanganan aduan, sampaikan kepada:</p>
        <dl className="facts">
          <dt>Alamat</dt>
          <dd>
            {instansi.alamat} {instansi.kodePos}
          </dd>
          <dt>Telepon</dt>
          <dd>
            <a href={`tel:${instansi.telepon.replace(/[^\d+]/g, "")}`}>{instansi.telepon}</a>
          </dd>
          <dt>Faks</dt>
          <dd>{instansi.faks}</dd>
          <dt>E-mail</dt>
          <dd>
            <a href={`mailto:${instansi.email}`}>{instansi.email}</a>
          </dd>
        </dl>
      </section>

      <p className="muted" style={{ marginTop: "1.5rem" }}>
        Pegawai Inspektorat: <Link href="/masuk">masuk ke SIPADU</Link>.
      </p>
    </>
  );
}
