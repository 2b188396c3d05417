import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { formatCivilDateWithDay, todayInJakarta } from "@/lib/format/dates";
import { HOLIDAY_TYPE_LABELS, holidaysOfYear } from "@/lib/sla/calendar-admin";
import { textParam, type SearchParams } from "@/lib/validation/search-params";
import { HolidayForm, RemoveHolidayForm, YearStatusForm } from "./holiday-forms";
import { TableWrap } from "@/app/_components/table-wrap";

export const metadata: Metadata = { title: "Hari libur" };

export default async function HolidaysPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePageActor("admin:holidays");
  const params = await searchParams;
  const thisYear = Number(todayInJakarta().slice(0, 4));
  const asked = textParam(params, "tahun", 4).value;
  const year = asked && /^\d{4}$/.test(asked) && Number(asked) >= 2000 && Number(asked) <= 2100 ? Number(asked) : thisYear;
  const { days, years } = await holidaysOfYear(year);
  const yearRow = years.find((y) => y.year === year);
  const shownYears = [...new Set([...years.map((y) => y.year), thisYear, thisYear + 1])].sort();
  return (
    <>
      <h1>Hari libur dan cuti bersama</h1>
      <p className="muted">
        Hari kerja adalah Senin–Jumat selain hari libur nasional dan cuti bersama. Batas waktu yang mencapai tahun yang belum ditetapkan ditandai{" "}
        <em>perkiraan</em>. Setiap perubahan menghitung ulang batas waktu aduan yang masih terbuka.
      </p>
      <nav className="actions" aria-label="Tahun">
        {shownYears.map((y) => (
          <Link
            key={y}
            href={`/admin/hari-libur?tahun=${y}`}
            className={y === year ? "button" : "button secondary"}
            aria-current={y === year ? "page" : undefined}
          >
            {y}
          </Link>
        ))}
      </nav>
      <section className="card" aria-labelledby="status-tahun">
        <h2 id="status-tahun" style={{ marginTop: 0 }}>
          Kalender {year}:{" "}
          {yearRow?.status === "DITETAPKAN" ? <span className="badge ok">Ditetapkan</span> : <span className="badge warn">Belum ditetapkan</span>}
        </h2>
        {yearRow?.basis ? <p>Dasar: {yearRow.basis}</p> : null}
        <YearStatusForm year={year} decreed={yearRow?.status === "DITETAPKAN"} basis={yearRow?.basis ?? ""} />
      </section>
      <h2>{days.length} hari libur</h2>
      {days.length === 0 ? (
        <p className="muted">Belum ada hari libur untuk {year}.</p>
      ) : (
        <TableWrap label="Hari libur">
          <table data-testid="holidays">
            <thead>
              <tr>
                <th scope="col">Tanggal</th>
                <th scope="col">Nama</th>
                <th scope="col">Jenis</th>
                <th scope="col">Tindakan</th>
              </tr>
            </thead>
            <tbody>
              {days.map((h) => (
                <tr key={h.id}>
                  <td>{formatCivilDateWithDay(h.date)}</td>
                  <td>
                    {h.name}
                    {h.legalBasis ? <div className="muted">{h.legalBasis}</div> : null}
                  </td>
                  <td>{HOLIDAY_TYPE_LABELS[h.type]}</td>
                  <td>
                    <details>
                      <summary>Ubah</summary>
                      <HolidayForm holiday={{ id: h.id, date: h.date, type: h.type, name: h.name, legalBasis: h.legalBasis ?? "" }} />
                    </details>
                    <RemoveHolidayForm id={h.id} label={`${formatCivilDateWithDay(h.date)} (${h.name})`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h2>Tambah hari libur</h2>
      <HolidayForm defaultDate={`${year}-01-01`} />
    </>
  );
}
