"use client";
// The filters as a plain GET form: the URL carries them, so a view can be
// shared and works without JavaScript. Choosing a year clears a date range
// (which would otherwise take precedence).
import Link from "next/link";
import { TL_FILTERS, TL_FILTER_LABELS, type DashboardFilter } from "@/lib/dashboard/filters";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { FilterSelect } from "@/app/_components/filter-select";

interface Options {
  years: number[];
  opds: { id: string; name: string }[];
  irbans: { id: string; name: string; irbanWilayah: string | null }[];
}

export function FilterForm({ filter, options }: { filter: DashboardFilter; options: Options }) {
  const range = filter.year === null;
  return (
    <form method="get" action="/dasbor" className="card filters no-print" aria-label="Filter dasbor" data-testid="dashboard-filters">
      <div className="field">
        <label htmlFor="f-tahun">Tahun</label>
        <select
          id="f-tahun"
          name="tahun"
          defaultValue={range ? "" : String(filter.year)}
          onChange={(e) => {
            if (!e.currentTarget.value) return;
            for (const id of ["f-dari", "f-sampai"]) {
              const input = document.getElementById(id) as HTMLInputElement | null;
              if (input) input.value = "";
            }
          }}
        >
          {range ? <option value="">— rentang tanggal —</option> : null}
          {options.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <details className="field" open={range}>
        <summary>Rentang tanggal</summary>
        <div className="grid-2">
          <div className="field">
            <label htmlFor="f-dari">Dari</label>
            <input id="f-dari" name="dari" type="date" defaultValue={range ? filter.from : ""} />
          </div>
          <div className="field">
            <label htmlFor="f-sampai">Sampai</label>
            <input id="f-sampai" name="sampai" type="date" defaultValue={range ? filter.to : ""} />
          </div>
        </div>
        <p className="hint">Rentang tanggal diterima; bila diisi, menggantikan tahun.</p>
      </details>
      <FilterSelect
        id="f-sumber"
        name="sumber"
        label="Sumber"
        all="Semua sumber"
        value={filter.source}
        options={Object.entries(SOURCE_LABELS).map(([v, l]) => ({ value: v, label: l }))}
      />
      <FilterSelect
        id="f-opd"
        name="opd"
        label="OPD"
        all="Semua OPD"
        value={filter.opdId}
        options={options.opds.map((o) => ({ value: o.id, label: o.name }))}
      />
      <FilterSelect
        id="f-irban"
        name="irban"
        label="Irban"
        all="Semua Irban"
        value={filter.irbanUserId}
        options={options.irbans.map((i) => ({ value: i.id, label: i.name }))}
      />
      <FilterSelect
        id="f-tl"
        name="tl"
        label="Jenis tindak lanjut"
        all="Semua"
        value={filter.tl}
        options={TL_FILTERS.map((t) => ({ value: t, label: TL_FILTER_LABELS[t] }))}
      />
      <div className="actions" style={{ margin: 0 }}>
        <button type="submit">Terapkan</button>
        <Link href="/dasbor" className="button secondary">
          Atur ulang
        </Link>
      </div>
    </form>
  );
}
