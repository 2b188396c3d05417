"use client";
// The dashboard's charts (recharts). Each bar leads to the cases behind it;
// the same links are in the table under every chart, for keyboards and
// screen readers (the chart itself is one image with a text summary).
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export const SOURCE_COLORS: Record<string, string> = {
  MASYARAKAT: "#1b6e4a",
  DISPOSISI_BUPATI: "#b7791f",
  LAPAK_ADUAN: "#2b6cb0",
  WBS: "#6b46c1",
};

const INITIAL = { width: 640, height: 280 };
const whole = (v: unknown) => new Intl.NumberFormat("id-ID").format(Number(v));

function Frame({ summary, height = 280, children }: { summary: string; height?: number; children: React.ReactElement }) {
  return (
    <div role="img" aria-label={summary} className="chart" style={{ height }}>
      {/* The summary speaks for the chart; recharts' own labels ("Masyarakat legend icon") are in English and
          would be read out one by one, so the drawing itself is hidden from assistive technology. */}
      <div aria-hidden="true" style={{ height: "100%" }}>
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ ...INITIAL, height }}>
          {children}
        </ResponsiveContainer>
      </div>
    </div>
  );
}

export interface MonthRow {
  month: string;
  label: string;
  counts: Record<string, number>;
  hrefs: Record<string, string>;
}

/** Complaints per month, stacked by source. */
export function MonthlyVolumeChart({ rows, sources, summary }: { rows: MonthRow[]; sources: { key: string; label: string }[]; summary: string }) {
  const router = useRouter();
  const data = rows.map((r) => ({ label: r.label, month: r.month, ...r.counts }));
  return (
    <Frame summary={summary}>
      <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(v, name) => [whole(v), name]} />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        {sources.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="sumber"
            fill={SOURCE_COLORS[s.key]}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(d) => {
              const href = rows.find((r) => r.month === (d.payload as { month: string }).month)?.hrefs[s.key];
              if (href) router.push(href);
            }}
          />
        ))}
      </BarChart>
    </Frame>
  );
}

export interface PercentRow {
  label: string;
  percent: number | null;
}

/** % followed up within 20 working days per month, against the 100% target. */
export function OnTimeChart({ rows, summary }: { rows: PercentRow[]; summary: string }) {
  return (
    <Frame summary={summary}>
      <LineChart accessibilityLayer={false} data={rows} margin={{ top: 16, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} tickFormatter={(v) => `${v}%`} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(v) => [v === null || v === undefined ? "—" : `${Number(v).toFixed(1)}%`, "Tepat waktu"]} />
        <ReferenceLine
          y={100}
          stroke="#b42318"
          strokeDasharray="6 4"
          label={{ value: "Target 100%", position: "insideTopRight", fontSize: 12, fill: "#b42318" }}
        />
        <Line type="linear" dataKey="percent" name="Tepat waktu" stroke="#1b6e4a" strokeWidth={2} connectNulls dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </Frame>
  );
}

export interface BarRow {
  label: string;
  value: number;
  href: string | null;
  /** a second bar beside it (e.g. open cases of an Irban) */
  second?: number;
}

/** Horizontal bars: open cases by step, OPDs, Irbans, TL types. */
export function HorizontalBars({
  rows,
  summary,
  valueName,
  secondName,
  color = "#1b6e4a",
}: {
  rows: BarRow[];
  summary: string;
  valueName: string;
  secondName?: string;
  color?: string;
}) {
  const router = useRouter();
  const height = Math.max(160, rows.length * (secondName ? 44 : 34) + 48);
  const go = (d: { payload?: unknown }) => {
    const href = (d.payload as BarRow | undefined)?.href;
    if (href) router.push(href);
  };
  return (
    <Frame summary={summary} height={height}>
      <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={(v, name) => [whole(v), name]} />
        {secondName ? <Legend wrapperStyle={{ fontSize: 13 }} /> : null}
        <Bar dataKey="value" name={valueName} fill={color} cursor="pointer" isAnimationActive={false} onClick={go} />
        {secondName ? <Bar dataKey="second" name={secondName} fill="#b7791f" cursor="pointer" isAnimationActive={false} onClick={go} /> : null}
      </BarChart>
    </Frame>
  );
}
