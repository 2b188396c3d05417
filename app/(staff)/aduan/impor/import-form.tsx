"use client";
import { FileField } from "@/app/_components/file-field";
import { useFormAction } from "@/app/_components/use-form-action";
import { FormNotice, SubmitButton } from "@/app/_components/fields";
import { ConfirmSubmit } from "@/app/_components/confirm-submit";
import type { ImportResult, PreviewRow } from "@/lib/intake/lapak-csv";
import { importCsvAction, previewCsvAction } from "./actions";
import { TableWrap } from "@/app/_components/table-wrap";

const STATE_LABEL = { BARU: "Akan diimpor", SUDAH_ADA: "Dilewati (sudah ada)", GALAT: "Ditolak" } as const;
const STATE_CLASS = { BARU: "ok", SUDAH_ADA: "off", GALAT: "late" } as const;

function RowsTable({ rows }: { rows: PreviewRow[] }) {
  return (
    <TableWrap label="Baris berkas impor">
      <table data-testid="csv-rows">
        <thead>
          <tr>
            <th scope="col">Baris</th>
            <th scope="col">Tiket</th>
            <th scope="col">Perihal</th>
            <th scope="col">Hasil</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <td>{r.line}</td>
              <td className="mono">{r.ticketId || "—"}</td>
              <td>{r.title || "—"}</td>
              <td>
                <span className={`badge ${STATE_CLASS[r.state]}`}>{STATE_LABEL[r.state]}</span>
                {r.reasons.length ? <div className="muted">{r.reasons.join(" ")}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function ImportForm() {
  const [preview, previewAction] = useFormAction(previewCsvAction);
  const [imported, importAction] = useFormAction(importCsvAction);

  if (imported.status === "ok" && imported.data?.result) {
    const r = JSON.parse(imported.data.result) as ImportResult;
    return (
      <section data-testid="import-result">
        <div className="notice ok" role="status">
          {r.imported.length} aduan diimpor, {r.skipped.length} dilewati, {r.failed.length} ditolak.
        </div>
        {r.imported.length ? (
          <ul>
            {r.imported.map((i) => (
              <li key={i.line}>
                Baris {i.line}: tiket <span className="mono">{i.ticketId}</span> → {i.registerNumber}
              </li>
            ))}
          </ul>
        ) : null}
        {[...r.failed, ...r.skipped].length ? <RowsTable rows={[...r.failed, ...r.skipped].sort((a, b) => a.line - b.line)} /> : null}
        <p>
          {/* A full load on purpose: the result shown must give way to an empty form, which a client navigation keeps. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/aduan/impor">Impor berkas lain</a>
        </p>
      </section>
    );
  }

  const rows = preview.status === "ok" && preview.data?.rows ? (JSON.parse(preview.data.rows) as PreviewRow[]) : null;
  const fresh = rows?.filter((r) => r.state === "BARU").length ?? 0;
  return (
    <>
      <form action={previewAction} className="stack" noValidate>
        <FormNotice state={preview} />
        <FileField
          name="berkas"
          label="Berkas CSV ekspor Lapak Aduan"
          rule="csv"
          state={preview}
          hint="Kolom: ticketId, title, description, reporterName, reporterPhone, reporterEmail, opdName, location, occurredAt, createdAt."
        />
        <div>
          <SubmitButton pendingText="Memeriksa…">Pratinjau</SubmitButton>
        </div>
      </form>
      {rows ? (
        <section aria-labelledby="pratinjau" style={{ marginTop: "1.5rem" }}>
          <h2 id="pratinjau">Pratinjau</h2>
          <p>
            {fresh} baris akan diimpor, {rows.filter((r) => r.state === "SUDAH_ADA").length} dilewati, {rows.filter((r) => r.state === "GALAT").length} ditolak.
          </p>
          <RowsTable rows={rows} />
          {fresh ? (
            <form action={importAction}>
              <FormNotice state={imported} />
              <input type="hidden" name="csv" value={preview.status === "ok" ? (preview.data?.csv ?? "") : ""} />
              <div className="actions">
                <ConfirmSubmit
                  title={`Impor ${fresh} aduan?`}
                  confirmLabel="Ya, impor"
                  body={<p>Setiap baris dicatat sebagai aduan baru dari Lapak Aduan (langkah 1).</p>}
                >
                  Impor {fresh} aduan
                </ConfirmSubmit>
              </div>
            </form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
