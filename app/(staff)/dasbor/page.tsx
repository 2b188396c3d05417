import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { ownSummary, yearSummary } from "@/lib/dashboard/summary";
import { todayInJakarta } from "@/lib/format/dates";

export const metadata: Metadata = { title: "Dasbor" };

function percent(part: number, whole: number): string {
  return whole === 0 ? "—" : `${new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 }).format((part / whole) * 100)}%`;
}

export default async function DashboardPage() {
  const actor = await requirePageActor(null);
  const today = todayInJakarta();
  const year = Number(today.slice(0, 4));

  if (can(actor.role, "dashboard:view")) {
    const s = await yearSummary(year, today);
    const figures = [
      { label: "Aduan diterima", value: String(s.received) },
      { label: "Selesai ditindaklanjuti", value: String(s.completed) },
      { label: "Selesai dalam 20 hari kerja", value: percent(s.onTime, s.completed) },
      { label: "Masih dalam proses", value: String(s.stillOpen) },
      { label: "Melewati batas waktu", value: String(s.overdue) },
    ];
    return (
      <>
        <h1>Dasbor pengaduan {year}</h1>
        <p className="muted">Ringkasan aduan yang dicatat sepanjang tahun {year}. Identitas pelapor tidak ditampilkan.</p>
        <div className="cards" data-testid="dashboard-figures">
          {figures.map((f) => (
            <div className="card" key={f.label}>
              <div className="figure">{f.value}</div>
              <div>{f.label}</div>
            </div>
          ))}
        </div>
        {s.received === 0 ? <p className="muted" style={{ marginTop: "1rem" }}>Belum ada aduan yang dicatat tahun ini.</p> : null}
      </>
    );
  }

  if (!can(actor.role, "dashboard:own")) notFound();
  const own = await ownSummary(actor, today);
  return (
    <>
      <h1>Ringkasan pekerjaan Anda</h1>
      <div className="cards" data-testid="dashboard-own">
        <div className="card">
          <div className="figure">{own.total}</div>
          <div>Aduan menunggu tindakan Anda</div>
        </div>
        <div className="card">
          <div className="figure">{own.overdue}</div>
          <div>Di antaranya melewati batas waktu</div>
        </div>
      </div>
      <p style={{ marginTop: "1rem" }}>
        <Link href="/aduan">Buka kotak masuk</Link>
      </p>
    </>
  );
}
