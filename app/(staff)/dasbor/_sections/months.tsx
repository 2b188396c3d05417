// Per month of registration: the volume by source, and the share of the cases
// due that were followed up within 20 working days, against the 100% target.
import { monthLabel, monthsOf, periodLabel, type DashboardFilter } from "@/lib/dashboard/filters";
import { serviceLevel } from "@/lib/dashboard/aggregates";
import { loadDashboard } from "@/lib/dashboard/load";
import type { CaseSource } from "@/lib/enums";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { MonthlyVolumeChart, OnTimeChart } from "../_charts/charts";
import { ChartCard, CountLink, drillHref, percent, ratio, whole } from "./common";

const SOURCES = Object.keys(SOURCE_LABELS) as CaseSource[];

async function monthTable(filter: DashboardFilter, today: string) {
  const rows = await loadDashboard.byMonthAndSource(filter, today);
  const months = monthsOf(filter, today).map((month) => {
    const of = rows.filter((r) => r.month === month);
    const sum = (k: "received" | "completed" | "onTime" | "open" | "late") => of.reduce((s, r) => s + r[k], 0);
    const bySource = Object.fromEntries(SOURCES.map((s) => [s, of.find((r) => r.source === s)?.received ?? 0])) as Record<CaseSource, number>;
    const level = serviceLevel({ completed: sum("completed"), onTime: sum("onTime"), late: sum("late") });
    return {
      month,
      received: sum("received"),
      completed: sum("completed"),
      onTime: sum("onTime"),
      open: sum("open"),
      late: sum("late"),
      due: level.due,
      bySource,
    };
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
          rows={months.map((m) => ({
            month: m.month,
            label: monthLabel(m.month, true),
            counts: m.bySource,
            hrefs: Object.fromEntries(sources.map((s) => [s, href(m.month, s)])),
          }))}
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
  const due = months.reduce((s, m) => s + m.due, 0);
  const onTime = months.reduce((s, m) => s + m.onTime, 0);
  const late = months.reduce((s, m) => s + m.late, 0);
  const measured = months.filter((m) => m.due > 0);
  const worst = measured.reduce<(typeof measured)[number] | null>((a, b) => (a === null || b.onTime / b.due < a.onTime / a.due ? b : a), null);
  const summary =
    due === 0
      ? `Belum ada aduan yang jatuh tempo dari yang diterima pada ${periodLabel(filter)}.`
      : `Dari ${whole(due)} aduan yang sudah jatuh tempo, ${whole(onTime)} (${percent(onTime, due)}) ditindaklanjuti dalam 20 hari kerja` +
        `${late ? `; ${whole(late)} masih dalam proses melewati batas` : ""}; target 100%.` +
        (worst ? ` Terendah: ${monthLabel(worst.month)} (${percent(worst.onTime, worst.due)}).` : "");
  return (
    <ChartCard
      id="tepat-waktu"
      title="Selesai dalam 20 hari kerja dari aduan yang jatuh tempo, per bulan diterima"
      summary={summary}
      empty={due === 0}
      chart={<OnTimeChart summary={summary} rows={months.map((m) => ({ label: monthLabel(m.month, true), percent: ratio(m.onTime, m.due) }))} />}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Bulan diterima</th>
              <th scope="col">Jatuh tempo</th>
              <th scope="col">Dalam 20 hari kerja</th>
              <th scope="col">Melewati batas, belum ditindaklanjuti</th>
              <th scope="col">% dari yang jatuh tempo</th>
              <th scope="col">% dari yang ditindaklanjuti</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.month)}</th>
                <td>
                  <CountLink href={drillHref(filter, { month: m.month, state: "jatuh-tempo" })} n={m.due} />
                </td>
                <td>
                  <CountLink href={drillHref(filter, { month: m.month, state: "tepat" })} n={m.onTime} />
                </td>
                <td>
                  <CountLink href={drillHref(filter, { month: m.month, state: "lewat" })} n={m.late} />
                </td>
                <td>{percent(m.onTime, m.due)}</td>
                <td>{percent(m.onTime, m.completed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
