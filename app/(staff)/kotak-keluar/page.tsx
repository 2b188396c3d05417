import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import type { OutboxStatus } from "@/lib/enums";
import { formatDateTime } from "@/lib/format/dates";
import { OUTBOX_PAGE_SIZE, listOutbox } from "@/lib/outbox/list";
import { lapakConfigured, smtpConfigured } from "@/lib/outbox/transports";
import { oneOf, pageParam, type SearchParams } from "@/lib/validation/search-params";
import { RetryButton } from "./retry-button";
import { TableWrap } from "@/app/_components/table-wrap";

export const metadata: Metadata = { title: "Kotak keluar" };

const STATUS = ["MENUNGGU", "DIKIRIM", "GAGAL"] as const;
const STATUS_LABEL = { MENUNGGU: "Menunggu", DIKIRIM: "Terkirim", GAGAL: "Gagal" } as const;
const KIND_LABEL = { EMAIL: "E-mail", LAPAK_ADUAN_STATUS: "Status ke Lapak Aduan" } as const;

/** What an empty list means, for the filter it is under. */
function emptyText(status: OutboxStatus | null, smtp: boolean): string {
  const waiting = smtp ? "" : " E-mail tidak dicoba dikirim selama SMTP belum dikonfigurasi: lihat «Menunggu».";
  switch (status) {
    case null:
      return "Tidak ada pesan yang menunggu atau gagal: semua pesan telah terkirim.";
    case "MENUNGGU":
      return "Tidak ada pesan yang menunggu dikirim.";
    case "DIKIRIM":
      return "Belum ada pesan yang terkirim.";
    case "GAGAL":
      return `Tidak ada pesan yang gagal.${waiting}`;
  }
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("outbox:view");
  const params = await searchParams;
  const status = oneOf(params, "status", STATUS);
  const { page } = pageParam(params);
  const { total, rows, readsContent } = await listOutbox(actor, status.value ?? null, page);
  const mayOpenCases = can(actor.role, "case:view");
  return (
    <>
      <h1>Kotak keluar</h1>
      <p className="muted">E-mail dan status untuk Lapak Aduan dikirim di latar belakang dan diulang bila gagal. Yang belum terkirim tampil di sini.</p>
      {!smtpConfigured() ? (
        <div className="notice warn" role="status" data-testid="smtp-missing">
          SMTP belum dikonfigurasi: e-mail disimpan di sini dan belum dikirim.
        </div>
      ) : null}
      {!lapakConfigured() ? (
        <div className="notice warn" role="status">
          Alamat Lapak Aduan belum dikonfigurasi: status untuk Lapak Aduan disimpan di sini dan belum dikirim.
        </div>
      ) : null}
      <nav className="actions" aria-label="Saring status">
        <Link className={!status.value ? "button" : "button secondary"} href="/kotak-keluar">
          Belum terkirim
        </Link>
        {STATUS.map((s) => (
          <Link key={s} className={status.value === s ? "button" : "button secondary"} href={`/kotak-keluar?status=${s}`}>
            {STATUS_LABEL[s]}
          </Link>
        ))}
      </nav>
      {!readsContent ? (
        <p className="muted" data-testid="outbox-no-content">
          Isi pesan adalah isi aduan: hanya peran yang menangani aduan yang membacanya. Di sini tampil jenis, status dan waktunya.
        </p>
      ) : null}
      {rows.length === 0 ? (
        <div className="card empty" data-testid="outbox-empty">
          <h2>Tidak ada pesan</h2>
          <p>{emptyText(status.value ?? null, smtpConfigured())}</p>
        </div>
      ) : (
        <TableWrap label="Pesan keluar">
          <table data-testid="outbox-table">
            <thead>
              <tr>
                <th scope="col">Pesan</th>
                <th scope="col">Aduan</th>
                <th scope="col">Status</th>
                <th scope="col" className="hide-sm">
                  Dibuat
                </th>
                <th scope="col">Tindakan</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => {
                return (
                  <tr key={m.id}>
                    <td>
                      <strong>{KIND_LABEL[m.kind]}</strong>
                      <div>
                        {m.kind === "EMAIL" ? `Kepada ${m.to}` : m.to}
                        {m.content?.subject ? `: ${m.content.subject}` : ""}
                      </div>
                      {m.content?.body ? (
                        <details>
                          <summary>Isi</summary>
                          <pre style={{ whiteSpace: "pre-wrap", fontFamily: "inherit" }}>{m.content.body}</pre>
                        </details>
                      ) : null}
                    </td>
                    <td className="mono">
                      {m.case ? mayOpenCases ? <Link href={`/aduan/${m.case.id}`}>{m.case.registerNumber}</Link> : m.case.registerNumber : "—"}
                    </td>
                    <td>
                      <span className={`badge ${m.status === "DIKIRIM" ? "ok" : m.status === "GAGAL" ? "late" : "warn"}`}>{STATUS_LABEL[m.status]}</span>
                      {m.attempts ? <div className="muted">{m.attempts}× dicoba</div> : null}
                      {m.lastError ? <div className="muted">{m.lastError}</div> : null}
                    </td>
                    <td className="hide-sm">{formatDateTime(m.createdAt)}</td>
                    <td>{m.status !== "DIKIRIM" && m.attempts > 0 ? <RetryButton id={m.id} /> : null}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      {total > page * OUTBOX_PAGE_SIZE ? (
        <p className="pager">
          <Link href={`/kotak-keluar?${new URLSearchParams({ ...(status.value ? { status: status.value } : {}), halaman: String(page + 1) })}`}>
            Berikutnya →
          </Link>
        </p>
      ) : null}
    </>
  );
}
