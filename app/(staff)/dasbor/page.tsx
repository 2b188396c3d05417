import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { ownSummary } from "@/lib/dashboard/summary";
import { dashboardParams, filterLabel, parseDashboardParams, periodLabel } from "@/lib/dashboard/filters";
import { loadDashboard } from "@/lib/dashboard/load";
import { filterOptions, yearChoices } from "@/lib/dashboard/options";
import { todayInJakarta } from "@/lib/format/dates";
import type { SearchParams } from "@/lib/validation/search-params";
import { OpenBySteps, PerIrban, TlTypes, TopOpds } from "./_sections/breakdowns";
import { ChartSkeleton } from "./_sections/common";
import { Figures } from "./_sections/figures";
import { FollowUpSection } from "./_sections/follow-up";
import { FilterForm } from "./_sections/filter-form";
import { MonthlyVolume, OnTimeByMonth } from "./_sections/months";

export const metadata: Metadata = { title: "Dasbor" };

function FiguresSkeleton() {
  return (
    <div className="cards" aria-busy="true" aria-label="Angka utama sedang dimuat">
      {Array.from({ length: 7 }, (_, i) => (
        <div className="card" key={i}>
          <div className="skeleton" style={{ height: "2rem", width: "50%" }} />
          <div className="skeleton" style={{ height: "1rem", marginTop: ".5rem" }} />
        </div>
      ))}
    </div>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor(null);
  const today = todayInJakarta();

  if (!can(actor.role, "dashboard:view")) {
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

  const [options, span] = await Promise.all([filterOptions(), loadDashboard.span()]);
  const { filter, notices } = parseDashboardParams(await searchParams, today, options.known);
  const narrowed = filterLabel(filter, {
    opd: options.opds.find((o) => o.id === filter.opdId)?.name,
    irban: options.irbans.find((i) => i.id === filter.irbanUserId)?.name,
  });
  const query = dashboardParams(filter).toString();
  const mayExport = can(actor.role, "report:export");

  return (
    <>
      <h1>Dasbor pengaduan</h1>
      <p className="muted" data-testid="dashboard-period">
        Aduan yang diterima pada <strong>{periodLabel(filter)}</strong>
        {narrowed ? <> dengan {narrowed}</> : null}. Angka diperbarui paling lambat setiap menit; identitas pelapor tidak ditampilkan.
      </p>
      {notices.length ? (
        <div className="notice warn" role="status" data-testid="dashboard-notices">
          {notices.map((n) => (
            <p key={n} style={{ margin: 0 }}>
              {n}
            </p>
          ))}
        </div>
      ) : null}
      <FilterForm filter={filter} options={{ years: yearChoices(span, today, filter.year), opds: options.opds, irbans: options.irbans }} />
      {mayExport ? (
        <p className="actions no-print" data-testid="dashboard-exports">
          <span>Unduh daftar aduan:</span>
          <a href={`/api/dasbor/ekspor?format=xlsx&${query}`}>XLSX</a>
          <a href={`/api/dasbor/ekspor?format=csv&${query}`}>CSV</a>
          <span aria-hidden="true">·</span>
          <span>Rekap bulanan:</span>
          <a href={`/api/dasbor/rekap?format=pdf&${query}`}>PDF</a>
          <a href={`/api/dasbor/rekap?format=xlsx&${query}`}>XLSX</a>
          <a href={`/api/dasbor/rekap?format=csv&${query}`}>CSV</a>
        </p>
      ) : null}
      <Suspense key={`figures-${query}`} fallback={<FiguresSkeleton />}>
        <Figures filter={filter} today={today} filtered={Boolean(narrowed)} />
      </Suspense>
      <div className="chart-grid">
        <Suspense key={`volume-${query}`} fallback={<ChartSkeleton title="Aduan per bulan menurut sumber" />}>
          <MonthlyVolume filter={filter} today={today} />
        </Suspense>
        <Suspense key={`ontime-${query}`} fallback={<ChartSkeleton title="Ditindaklanjuti dalam 20 hari kerja" />}>
          <OnTimeByMonth filter={filter} today={today} />
        </Suspense>
        <Suspense key={`steps-${query}`} fallback={<ChartSkeleton title="Aduan dalam proses menurut tahap" />}>
          <OpenBySteps filter={filter} />
        </Suspense>
        <Suspense key={`opd-${query}`} fallback={<ChartSkeleton title="Sepuluh OPD dengan aduan terbanyak" />}>
          <TopOpds filter={filter} />
        </Suspense>
        <Suspense key={`irban-${query}`} fallback={<ChartSkeleton title="Per Inspektur Pembantu (Irban)" />}>
          <PerIrban filter={filter} />
        </Suspense>
        <Suspense key={`tl-${query}`} fallback={<ChartSkeleton title="Jenis tindak lanjut" />}>
          <TlTypes filter={filter} />
        </Suspense>
      </div>
      <Suspense key={`follow-up-${query}`} fallback={<ChartSkeleton title="Tindak lanjut rekomendasi oleh OPD" />}>
        <FollowUpSection filter={filter} today={today} mayOpen={can(actor.role, "followup:view")} mayExport={mayExport} />
      </Suspense>
    </>
  );
}
