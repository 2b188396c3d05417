import Link from "next/link";
import { CaseSection } from "./case-section";
import { waitingLabel, SETTLED } from "@/lib/follow-up/transitions";
import { TableWrap } from "@/app/_components/table-wrap";
import { FOLLOW_UP_STATUS_LABELS, RECOMMENDATION_KIND_LABELS } from "@/lib/follow-up/labels";
import { formatCivilDate } from "@/lib/format/dates";
import { formatRupiah } from "@/lib/format/numbers";
import type { CaseView } from "@/lib/workflow/case-view";

/** The approved report's recommendations and where their follow-up by the OPD stands (issue 18). */
export function Recommendations({ view }: { view: CaseView }) {
  const list = view.kase.recommendations;
  return (
    <CaseSection id="rekomendasi" title="Rekomendasi dan tindak lanjut">
      <p className="muted">Dicatat saat laporan disetujui; OPD menindaklanjuti setiap rekomendasi sampai batas waktunya.</p>
      <TableWrap label="Tabel rekomendasi">
        {/* Stacked rows on a phone (globals.css, .stack-sm), as the inbox: a long recommendation reads in full width. */}
        <table data-testid="recommendations" className="stack-sm" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                No.
              </th>
              <th scope="col" role="columnheader">
                Rekomendasi
              </th>
              <th scope="col" role="columnheader">
                Jenis
              </th>
              <th scope="col" role="columnheader">
                OPD
              </th>
              <th scope="col" role="columnheader">
                Batas waktu
              </th>
              <th scope="col" role="columnheader">
                Status
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {list.map((r) => (
              <tr key={r.id} role="row">
                <td role="cell" data-label="No.">
                  {r.position}
                </td>
                <td role="cell">
                  {view.mayOpenFollowUp ? <Link href={`/tindak-lanjut/${r.id}`}>{r.text}</Link> : r.text}
                  {r.responsibleOfficial ? <div className="muted">Penanggung jawab: {r.responsibleOfficial}</div> : null}
                </td>
                <td role="cell" data-label="Jenis">
                  {RECOMMENDATION_KIND_LABELS[r.kind]}
                  {r.amountDueRupiah !== null ? <div className="muted">{formatRupiah(r.amountDueRupiah)}</div> : null}
                </td>
                <td role="cell" data-label="OPD">
                  {r.opd?.name ?? "—"}
                </td>
                <td role="cell" data-label="Batas waktu">
                  {formatCivilDate(r.deadlineOn)}
                </td>
                <td role="cell" data-label="Status">
                  {FOLLOW_UP_STATUS_LABELS[r.status]}
                  {SETTLED.includes(r.status) ? null : <div className="muted">{waitingLabel(r)}</div>}
                  {r.amountDueRupiah !== null ? <div className="muted">Dikembalikan {formatRupiah(r.repaidRupiah)}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </CaseSection>
  );
}
