// The headline figures of the period; each leads to the cases behind it.
import Link from "next/link";
import { dashboardParams, periodLabel, type DashboardFilter } from "@/lib/dashboard/filters";
import { serviceLevel } from "@/lib/dashboard/aggregates";
import { loadDashboard } from "@/lib/dashboard/load";
import { formatCivilDate } from "@/lib/format/dates";
import { faultPoint } from "@/lib/testing/faults";
import { decimal, drillHref, percent, whole } from "./common";

export async function Figures({ filter, today, filtered }: { filter: DashboardFilter; today: string; filtered: boolean }) {
  faultPoint("page:dashboard");
  const [f, span] = await Promise.all([loadDashboard.figures(filter, today), loadDashboard.span()]);
  if (f.received === 0) {
    const lastYear = span.last ? Number(span.last.slice(0, 4)) : null;
    return (
      <div className="card empty" data-testid="dashboard-empty">
        <h2>Tidak ada aduan pada {periodLabel(filter)}</h2>
        <p>
          {filtered ? "Tidak ada aduan yang cocok dengan filter yang dipilih pada periode ini. " : "Belum ada aduan yang dicatat pada periode ini. "}
          {span.first && span.last
            ? `Aduan tercatat dari ${formatCivilDate(span.first)} sampai ${formatCivilDate(span.last)}.`
            : "SIPADU belum mencatat aduan sama sekali."}
        </p>
        {lastYear !== null && lastYear !== filter.year ? (
          <p>
            <Link
              className="button secondary"
              href={`/dasbor?${dashboardParams({ ...filter, year: lastYear, from: `${lastYear}-01-01`, to: `${lastYear}-12-31` }).toString()}`}
            >
              Lihat tahun {lastYear}
            </Link>
          </p>
        ) : null}
      </div>
    );
  }
  const level = serviceLevel({ completed: f.completed, onTime: f.onTime, late: f.late });
  const cards = [
    { label: "Aduan diterima", value: whole(f.received), href: drillHref(filter), testid: "received" },
    { label: "Sudah ditindaklanjuti", value: whole(f.completed), href: drillHref(filter, { state: "selesai" }), testid: "completed" },
    {
      label: "Selesai dalam 20 hari kerja, dari aduan yang jatuh tempo",
      value: percent(level.onTime, level.due),
      note: level.due
        ? `${whole(level.onTime)} dari ${whole(level.due)} aduan yang sudah jatuh tempo` +
          (level.lateOpen ? ` (termasuk ${whole(level.lateOpen)} yang masih dalam proses melewati batas)` : "")
        : "belum ada aduan yang jatuh tempo",
      href: drillHref(filter, { state: "jatuh-tempo" }),
      testid: "on-time",
    },
    {
      label: "Tepat waktu, dari yang sudah ditindaklanjuti saja",
      value: percent(level.onTime, level.followedUp),
      note: level.followedUp
        ? `${whole(level.onTime)} dari ${whole(level.followedUp)} yang ditindaklanjuti; aduan yang belum ditindaklanjuti tidak terhitung`
        : "belum ada yang ditindaklanjuti",
      href: drillHref(filter, { state: "selesai" }),
      testid: "on-time-followed-up",
    },
    {
      label: "Rata-rata hari kerja sampai ditindaklanjuti",
      value: f.averageDays === null ? "—" : decimal(f.averageDays),
      note: "dari diterima sampai langkah 11, tanpa masa tunggu",
      href: drillHref(filter, { state: "selesai" }),
      testid: "average-days",
    },
    { label: "Masih dalam proses", value: whole(f.open), href: drillHref(filter, { state: "terbuka" }), testid: "open" },
    {
      label: "Melewati batas waktu",
      value: whole(f.late),
      note: "masih dalam proses, belum ditindaklanjuti",
      href: drillHref(filter, { state: "lewat" }),
      testid: "late",
    },
    {
      label: "Kepuasan pelapor",
      value: f.satisfaction === null ? "—" : `${decimal(f.satisfaction)} / 5`,
      note: `${whole(f.rated)} penilaian`,
      href: drillHref(filter, { state: "dinilai" }),
      testid: "satisfaction",
    },
  ];
  return (
    <div className="cards figures" data-testid="dashboard-figures">
      {cards.map((c) => (
        <Link className="card figure-card" key={c.testid} href={c.href} data-testid={`figure-${c.testid}`}>
          <span className="figure">{c.value}</span>
          <span>{c.label}</span>
          {c.note ? (
            <span className="muted" style={{ fontSize: ".85rem" }}>
              {c.note}
            </span>
          ) : null}
        </Link>
      ))}
    </div>
  );
}
