// Per month of registration: the volume by source, and the share followed up
// within 20 working days against the 100% target.
import { monthLabel, monthsOf, periodLabel, type DashboardFilter } from "@/lib/dashboard/filters";
import { loadDashboard } from "@/lib/dashboard/load";
import type { CaseSource } from "@/lib/enums";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { MonthlyVolumeChart, OnTimeChart } from "../_charts/charts";
import { ChartCard, CountLink, drillHref, percent, ratio, whole } from "./common";

const SOURCES = Object.keys(SOURCE_LABELS) as CaseSource[];

async function monthTable(filter: DashboardFilter, today: string) {
  const rows = await loadDashboard.byMonthAndSource(filter);
  const months = monthsOf(filter, today).map((month) => {
    const of = rows.filter((r) => r.month === month);
    const sum = (k: "received" | "completed" | "onTime" | "open") => of.reduce((s, r) => s + r[k], 0);
    const bySource = Object.fromEntries(SOURCES.map((s) => [s, of.find((r) => r.source === s)?.received ?? 0])) as Record<CaseSource, number>;
    return { month, received: sum("received"), completed: sum("completed"), onTime: sum("onTime"), open: sum("open"), bySource };
  });
  // Sources the filter allows, and that occur: the legend lists no empty series.
  const sources = SOURCES.filter((s) => (!filter.source || filter.source === s) && months.some((m) => m.bySource[s] > 0));
  return { months, sources };
}

export async function MonthlyVolume({ filter, today }: { filter: DashboardFilter; today: string }) {
  const { months, sources } = await monthTable(filter, today);
  const total = months.reduce((s, m) => s + m.received, 0);
  const peak = months.reduce((a, b) => (b.received > a.received ? b : a), months[0]!);
  const summary =
    total === 0
      ? `Tidak ada aduan pada ${periodLabel(filter)}.`
      : `${whole(total)} aduan pada ${periodLabel(filter)}; terbanyak ${monthLabel(peak.month)} (${whole(peak.received)}). Menurut sumber: ` +
        sources.map((s) => `${SOURCE_LABELS[s]} ${whole(months.reduce((n, m) => n + m.bySource[s], 0))}`).join(", ") +
        ".";
  const href = (month: string, s: CaseSource) => drillHref({ ...filter, source: s }, { month });
  return (
    <ChartCard
      id="volume"
      title="Aduan per bulan menurut sumber"
      summary={summary}
      empty={total === 0}
      chart={
        <MonthlyVolumeChart
          summary={summary}
          sources={sources.map((s) => ({ key: s, label: SOURCE_LABELS[s] }))}
          rows={months.map((m) => ({ month: m.month, label: monthLabel(m.month, true), counts: m.bySource, hrefs: Object.fromEntries(sources.map((s) => [s, href(m.month, s)])) }))}
        />
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Bulan</th>
              {sources.map((s) => (
                <th scope="col" key={s}>
                  {SOURCE_LABELS[s]}
                </th>
              ))}
              <th scope="col">Jumlah</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.month)}</th>
                {sources.map((s) => (
                  <td key={s}>
                    <CountLink href={href(m.month, s)} n={m.bySource[s]} />
                  </td>
                ))}
                <td>
                  <CountLink href={drillHref(filter, { month: m.month })} n={m.received} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export async function OnTimeByMonth({ filter, today }: { filter: DashboardFilter; today: string }) {
  const { months } = await monthTable(filter, today);
  const completed = months.reduce((s, m) => s + m.completed, 0);
  const onTime = months.reduce((s, m) => s + m.onTime, 0);
  const measured = months.filter((m) => m.completed > 0);
  const worst = measured.reduce<(typeof measured)[number] | null>((a, b) => (a === null || b.onTime / b.completed < a.onTime / a.completed ? b : a), null);
  const summary =
    completed === 0
      ? `Belum ada aduan yang ditindaklanjuti dari yang diterima pada ${periodLabel(filter)}.`
      : `Dari ${whole(completed)} aduan yang telah ditindaklanjuti, ${whole(onTime)} (${percent(onTime, completed)}) dalam 20 hari kerja; target 100%.` +
        (worst ? ` Terendah: ${monthLabel(worst.month)} (${percent(worst.onTime, worst.completed)}).` : "");
  return (
    <ChartCard
      id="tepat-waktu"
      title="Ditindaklanjuti dalam 20 hari kerja, per bulan diterima"
      summary={summary}
      empty={completed === 0}
      chart={<OnTimeChart summary={summary} rows={months.map((m) => ({ label: monthLabel(m.month, true), percent: ratio(m.onTime, m.completed) }))} />}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Bulan diterima</th>
              <th scope="col">Ditindaklanjuti</th>
              <th scope="col">Dalam 20 hari kerja</th>
              <th scope="col">Persen</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.month)}</th>
                <td>
                  <CountLink href={drillHref(filter, { month: m.month, state: "selesai" })} n={m.completed} />
                </td>
                <td>
                  <CountLink href={drillHref(filter, { month: m.month, state: "tepat" })} n={m.onTime} />
                </td>
                <td>{percent(m.onTime, m.completed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
