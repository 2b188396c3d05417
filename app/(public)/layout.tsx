import Link from "next/link";
import { Brand } from "@/app/_components/brand";
import { getSetting } from "@/lib/settings/settings";

export const dynamic = "force-dynamic";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const instansi = await getSetting("instansi");
  return (
    <>
      <header className="site-header">
        <div className="bar">
          <Brand />
          <nav className="site-nav" aria-label="Menu publik">
            <Link href="/">Beranda</Link>
            <Link href="/lapor">Lapor</Link>
            <Link href="/wbs">WBS</Link>
            <Link href="/lacak">Lacak aduan</Link>
          </nav>
          <Link className="button secondary" href="/masuk">
            Masuk petugas
          </Link>
        </div>
      </header>
      <main id="isi">{children}</main>
      <footer className="site-footer">
        <div className="bar">
          <strong>Inspektorat Kabupaten Banyumas</strong> · {instansi.alamat} {instansi.kodePos} · Telepon {instansi.telepon} · Faks {instansi.faks} · E-mail{" "}
          <a href={`mailto:${instansi.email}`}>{instansi.email}</a>
        </div>
      </footer>
    </>
  );
}
