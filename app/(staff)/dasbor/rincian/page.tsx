// The cases behind a figure or a bar of the dashboard. Roles that may see
// cases get the list (within their scope); leadership gets the same slice
// counted by stage and by OPD, without identities or case contents.
import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { countSlice, sliceCounts, slicePage } from "@/lib/dashboard/drill-down";
import { CASE_STATE_LABELS, dashboardParams, filterLabel, monthLabel, parseDashboardParams, periodLabel } from "@/lib/dashboard/filters";
import { filterOptions } from "@/lib/dashboard/options";
import { caseConditions } from "@/lib/dashboard/where";
import { formatCivilDate, todayInJakarta } from "@/lib/format/dates";
import { pageParam, type SearchParams } from "@/lib/validation/search-params";
import { scopedWhere } from "@/lib/workflow/scope";
import { SOURCE_LABELS } from "@/lib/workflow/sources";
import { STATUS_SHORT } from "@/lib/workflow/statuses";
import { whole } from "../_sections/common";
import { lowerFirst } from "@/lib/format/text";
import { TableWrap } from "@/app/_components/table-wrap";

export const metadata: Metadata = { title: "Rincian dasbor" };

const PAGE_SIZE = 50;

export default async function DrillDownPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("dashboard:view");
  const today = todayInJakarta();
  const params = await searchParams;
  const options = await filterOptions();
  const { filter, slice, notices } = parseDashboardParams(params, today, options.known);
  const { page, invalid: badPage } = pageParam(params);
  if (badPage) notices.push("Nomor halaman tidak valid; ditampilkan halaman pertama.");
  const where = caseConditions(filter, slice, today);
  const total = await countSlice(where);
  const narrowed = filterLabel(filter, {
    opd: options.opds.find((o) => o.id === filter.opdId)?.name,
    irban: options.irbans.find((i) => i.id === filter.irbanUserId)?.name,
  });
  const description = [
    `diterima pada ${slice.month ? monthLabel(slice.month) : periodLabel(filter)}`,
    narrowed,
    slice.status && `pada tahap ${lowerFirst(STATUS_SHORT[slice.status])}`,
    slice.state && CASE_STATE_LABELS[slice.state],
  ]
    .filter(Boolean)
    .join(", ");
  const back = `/dasbor?${dashboardParams(filter).toString()}`;
  const sliceQuery = dashboardParams(filter, slice).toString();
  const seesCases = can(actor.role, "case:view");

  return (
    <>
      <p className="no-print">
        <Link href={back}>← Kembali ke dasbor</Link>
      </p>
      <h1>Rincian aduan</h1>
      <p data-testid="drill-description">
        <strong data-testid="drill-total">{whole(total)}</strong> aduan {description}.
      </p>
      {notices.length ? (
        <div className="notice warn" role="status">
          {notices.map((n) => (
            <p key={n} style={{ margin: 0 }}>
              {n}
            </p>
          ))}
        </div>
      ) : null}
      {can(actor.role, "report:export") && total > 0 ? (
        <p className="actions no-print">
          <span>Unduh rincian ini:</span>
          <a href={`/api/dasbor/ekspor?format=xlsx&${sliceQuery}`}>XLSX</a>
          <a href={`/api/dasbor/ekspor?format=csv&${sliceQuery}`}>CSV</a>
        </p>
      ) : null}
      {total === 0 ? (
        <div className="card empty">
          <h2>Tidak ada aduan</h2>
          <p>Tidak ada aduan yang cocok dengan rincian ini. Ubah filter di dasbor untuk melihat periode atau sumber lain.</p>
        </div>
      ) : seesCases ? (
        <CaseList actor={actor} where={where} page={page} total={total} sliceQuery={sliceQuery} />
      ) : (
        <Breakdown where={where} />
      )}
    </>
  );
}

async function CaseList({
  actor,
  where,
  page,
  total,
  sliceQuery,
}: {
  actor: Parameters<typeof scopedWhere>[0];
  where: ReturnType<typeof caseConditions>;
  page: number;
  total: number;
  sliceQuery: string;
}) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const cases = await slicePage(actor, where, Math.min(page, pages), PAGE_SIZE);
  return (
    <>
      <TableWrap label="Daftar aduan">
        {/* Stacked rows on a phone (globals.css, .stack-sm); explicit roles keep it a table for screen readers. */}
        <table data-testid="drill-cases" className="stack-sm" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Nomor register
              </th>
              <th scope="col" role="columnheader">
                Perihal
              </th>
              <th scope="col" role="columnheader">
                Sumber
              </th>
              <th scope="col" role="columnheader">
                OPD
              </th>
              <th scope="col" role="columnheader">
                Tahap
              </th>
              <th scope="col" role="columnheader">
                Diterima
              </th>
              <th scope="col" role="columnheader">
                Ditindaklanjuti
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {cases.map((c) => (
              <tr key={c.id} role="row">
                <td role="cell">
                  <Link href={`/aduan/${c.id}`} className="mono">
                    {c.registerNumber}
                  </Link>
                </td>
                <td role="cell">{c.title}</td>
                <td role="cell" data-label="Sumber">
                  {SOURCE_LABELS[c.source]}
                </td>
                <td role="cell" data-label="OPD">
                  {c.opd?.name ?? "—"}
                </td>
                <td role="cell" data-label="Tahap">
                  {STATUS_SHORT[c.status]}
                </td>
                <td role="cell" data-label="Diterima">
                  {formatCivilDate(c.registeredOn)}
                </td>
                <td role="cell" data-label="Ditindaklanjuti">
                  {c.followedUpOn ? (
                    <>
                      {formatCivilDate(c.followedUpOn)}{" "}
                      <span className={`badge ${c.completedOnTime ? "ok" : "late"}`}>{c.completedOnTime ? "tepat waktu" : "terlambat"}</span>
                    </>
                  ) : (
                    <span className="muted">batas {formatCivilDate(c.dueOn)}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {pages > 1 ? (
        <nav className="pager" aria-label="Halaman">
          {page > 1 ? <Link href={`/dasbor/rincian?${sliceQuery}&halaman=${page - 1}`}>← Sebelumnya</Link> : null}
          <span>
            Halaman {Math.min(page, pages)} dari {pages}
          </span>
          {page < pages ? <Link href={`/dasbor/rincian?${sliceQuery}&halaman=${page + 1}`}>Berikutnya →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}

async function Breakdown({ where }: { where: ReturnType<typeof caseConditions> }) {
  const { byStatus, byOpd } = await sliceCounts(where);
  const order = Object.keys(STATUS_SHORT);
  byStatus.sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  return (
    <>
      <p className="notice info" data-testid="drill-counts-only">
        Pimpinan melihat jumlahnya saja: identitas pelapor dan isi aduan tidak ditampilkan.
      </p>
      <div className="stacked">
        <TableWrap label="Rincian menurut tahap">
          <table>
            <caption>Menurut tahap</caption>
            <thead>
              <tr>
                <th scope="col">Tahap</th>
                <th scope="col">Aduan</th>
              </tr>
            </thead>
            <tbody>
              {byStatus.map((r) => (
                <tr key={r.status}>
                  <th scope="row">{STATUS_SHORT[r.status]}</th>
                  <td>{whole(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        <TableWrap label="Rincian menurut OPD">
          <table>
            <caption>Menurut OPD (20 terbanyak)</caption>
            <thead>
              <tr>
                <th scope="col">OPD</th>
                <th scope="col">Aduan</th>
              </tr>
            </thead>
            <tbody>
              {byOpd.map((r) => (
                <tr key={r.name ?? "-"}>
                  <th scope="row">{r.name ?? "Tanpa OPD"}</th>
                  <td>{whole(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </div>
    </>
  );
}
