// What the dashboard's sections share: the card around a chart (title, text
// summary, the chart, its table), the skeleton shown while a section loads,
// number formats, and the link to the cases behind a figure.
import Link from "next/link";
import type { ReactNode } from "react";
import { dashboardParams, type DashboardFilter, type Slice } from "@/lib/dashboard/filters";
import { TableWrap } from "@/app/_components/table-wrap";

const NUM = new Intl.NumberFormat("id-ID");
const DEC = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

export const whole = (n: number) => NUM.format(n);
export const decimal = (n: number) => DEC.format(n);
export function percent(part: number, all: number): string {
  return all === 0 ? "—" : `${DEC.format((part / all) * 100)}%`;
}
export const ratio = (part: number, all: number): number | null => (all === 0 ? null : Math.round((part / all) * 1000) / 10);

export function drillHref(filter: DashboardFilter, slice: Partial<Slice> = {}): string {
  return `/dasbor/rincian?${dashboardParams(filter, slice).toString()}`;
}

export function ChartCard({
  id,
  title,
  summary,
  chart,
  table,
  empty,
}: {
  id: string;
  title: string;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  empty?: boolean;
}) {
  return (
    <section className="card chart-card" aria-labelledby={`${id}-judul`} data-testid={`chart-${id}`}>
      <h2 id={`${id}-judul`}>{title}</h2>
      <p className="muted" data-testid={`summary-${id}`}>
        {summary}
      </p>
      {empty ? null : (
        <>
          {chart}
          <details>
            <summary>Tampilkan tabel</summary>
            <TableWrap label={`Tabel: ${title}`}>{table}</TableWrap>
          </details>
        </>
      )}
    </section>
  );
}

export function ChartSkeleton({ title }: { title: string }) {
  return (
    <section className="card chart-card" aria-busy="true" aria-label={`${title} sedang dimuat`}>
      <h2>{title}</h2>
      <div className="skeleton" style={{ height: "1rem", width: "70%" }} />
      <div className="skeleton" style={{ height: 240, marginTop: ".75rem" }} />
    </section>
  );
}

export function CountLink({ href, n }: { href: string | null; n: number }) {
  return href && n > 0 ? <Link href={href}>{whole(n)}</Link> : <>{whole(n)}</>;
}
