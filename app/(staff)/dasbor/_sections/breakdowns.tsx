// Where the cases are: open cases by step, the OPDs with most complaints,
// each Irban's cases, and the decisions of step 5.
import { TL_FILTER_LABELS, periodLabel, type DashboardFilter } from "@/lib/dashboard/filters";
import { loadDashboard } from "@/lib/dashboard/load";
import type { TlKind } from "@/lib/dashboard/aggregates";
import { STEPS } from "@/lib/workflow/steps";
import { STATUS_SHORT } from "@/lib/workflow/statuses";
import { HorizontalBars } from "../_charts/charts";
import { ChartCard, CountLink, drillHref, percent, whole } from "./common";
import { lowerFirst } from "@/lib/format/text";

/** The statuses in the order of the procedure. */
const STATUS_ORDER = STEPS.map((s) => s.from).filter((s): s is NonNullable<typeof s> => Boolean(s));

export async function OpenBySteps({ filter }: { filter: DashboardFilter }) {
  const rows = await loadDashboard.openByStatus(filter);
  const ordered = STATUS_ORDER.map((status) => ({ status, count: rows.find((r) => r.status === status)?.count ?? 0 })).filter((r) => r.count > 0);
  const total = ordered.reduce((s, r) => s + r.count, 0);
  const most = ordered.reduce<(typeof ordered)[number] | null>((a, b) => (a === null || b.count > a.count ? b : a), null);
  const summary =
    total === 0
      ? `Tidak ada aduan dari ${periodLabel(filter)} yang masih dalam proses.`
      : `${whole(total)} aduan masih dalam proses; terbanyak pada tahap ${lowerFirst(STATUS_SHORT[most!.status])} (${whole(most!.count)}).`;
  const data = ordered.map((r) => ({ label: STATUS_SHORT[r.status], value: r.count, href: drillHref(filter, { status: r.status }) }));
  return (
    <ChartCard
      id="tahap"
      title="Aduan dalam proses menurut tahap"
      summary={summary}
      empty={total === 0}
      chart={<HorizontalBars rows={data} summary={summary} valueName="Aduan" color="#2b6cb0" />}
      table={<SimpleTable head={["Tahap", "Aduan"]} rows={data} />}
    />
  );
}

export async function TopOpds({ filter }: { filter: DashboardFilter }) {
  const rows = await loadDashboard.topOpds(filter);
  const summary = rows.length
    ? `OPD dengan aduan terbanyak: ${rows
        .slice(0, 3)
        .map((r) => `${r.name} (${whole(r.count)})`)
        .join(", ")}.`
    : `Tidak ada aduan dengan OPD terlapor pada ${periodLabel(filter)}.`;
  const data = rows.map((r) => ({ label: r.name, value: r.count, second: r.open, href: drillHref({ ...filter, opdId: r.opdId }) }));
  return (
    <ChartCard
      id="opd"
      title="Sepuluh OPD dengan aduan terbanyak"
      summary={summary}
      empty={!rows.length}
      chart={<HorizontalBars rows={data} summary={summary} valueName="Aduan" secondName="Masih dalam proses" />}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">OPD</th>
              <th scope="col">Aduan</th>
              <th scope="col">Masih dalam proses</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.opdId}>
                <th scope="row">{r.name}</th>
                <td>
                  <CountLink href={drillHref({ ...filter, opdId: r.opdId })} n={r.count} />
                </td>
                <td>
                  <CountLink href={drillHref({ ...filter, opdId: r.opdId }, { state: "terbuka" })} n={r.open} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

const WILAYAH: Record<string, string> = { WILAYAH_I: "Wilayah I", WILAYAH_II: "Wilayah II", WILAYAH_III: "Wilayah III", WILAYAH_IV: "Wilayah IV" };

export async function PerIrban({ filter }: { filter: DashboardFilter }) {
  const rows = await loadDashboard.perIrban(filter);
  const summary = rows.length
    ? rows.map((r) => `${r.name}: ${whole(r.handled)} aduan, ${whole(r.open)} dalam proses, ${percent(r.onTime, r.completed)} tepat waktu`).join("; ") + "."
    : `Belum ada aduan yang didisposisikan kepada Irban pada ${periodLabel(filter)}.`;
  const label = (r: (typeof rows)[number]) => (r.wilayah ? `${r.name} (${WILAYAH[r.wilayah] ?? r.wilayah})` : r.name);
  return (
    <ChartCard
      id="irban"
      title="Per Inspektur Pembantu (Irban)"
      summary={summary}
      empty={!rows.length}
      chart={
        <HorizontalBars
          rows={rows.map((r) => ({ label: r.name, value: r.handled, second: r.open, href: drillHref({ ...filter, irbanUserId: r.irbanUserId }) }))}
          summary={summary}
          valueName="Ditangani"
          secondName="Masih dalam proses"
        />
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Irban</th>
              <th scope="col">Ditangani</th>
              <th scope="col">Dalam proses</th>
              <th scope="col">Ditindaklanjuti</th>
              <th scope="col">Tepat waktu</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const f = { ...filter, irbanUserId: r.irbanUserId };
              return (
                <tr key={r.irbanUserId}>
                  <th scope="row">{label(r)}</th>
                  <td>
                    <CountLink href={drillHref(f)} n={r.handled} />
                  </td>
                  <td>
                    <CountLink href={drillHref(f, { state: "terbuka" })} n={r.open} />
                  </td>
                  <td>
                    <CountLink href={drillHref(f, { state: "selesai" })} n={r.completed} />
                  </td>
                  <td>{percent(r.onTime, r.completed)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      }
    />
  );
}

const TL_ORDER: TlKind[] = ["KOORDINASI", "KLARIFIKASI", "AUDIT", "TIDAK_DITINDAKLANJUTI", "BELUM_DIPUTUSKAN"];
const TL_KIND_LABELS: Record<TlKind, string> = { ...TL_FILTER_LABELS, BELUM_DIPUTUSKAN: "Belum diputuskan" };

export async function TlTypes({ filter }: { filter: DashboardFilter }) {
  const rows = await loadDashboard.tlTypes(filter);
  const data = TL_ORDER.map((kind) => ({ kind, count: rows.find((r) => r.kind === kind)?.count ?? 0 }))
    .filter((r) => r.count > 0)
    .map((r) => ({ label: TL_KIND_LABELS[r.kind], value: r.count, href: r.kind === "BELUM_DIPUTUSKAN" ? null : drillHref({ ...filter, tl: r.kind }) }));
  const total = data.reduce((s, r) => s + r.value, 0);
  const summary = total
    ? `Keputusan Inspektur atas ${whole(total)} aduan: ` + data.map((r) => `${lowerFirst(r.label)} ${whole(r.value)}`).join(", ") + "."
    : `Tidak ada aduan pada ${periodLabel(filter)}.`;
  return (
    <ChartCard
      id="jenis-tl"
      title="Jenis tindak lanjut"
      summary={summary}
      empty={!total}
      chart={<HorizontalBars rows={data} summary={summary} valueName="Aduan" color="#6b46c1" />}
      table={<SimpleTable head={["Jenis tindak lanjut", "Aduan"]} rows={data} />}
    />
  );
}

function SimpleTable({ head, rows }: { head: [string, string]; rows: { label: string; value: number; href: string | null }[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{head[0]}</th>
          <th scope="col">{head[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>
              <CountLink href={r.href} n={r.value} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
