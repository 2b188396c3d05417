import { CaseSection } from "./case-section";
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
        <table data-testid="recommendations">
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Rekomendasi</th>
              <th scope="col">Jenis</th>
              <th scope="col" className="hide-sm">
                OPD
              </th>
              <th scope="col">Batas waktu</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.id}>
                <td>{r.position}</td>
                <td>
                  {r.text}
                  {r.responsibleOfficial ? <div className="muted">Penanggung jawab: {r.responsibleOfficial}</div> : null}
                </td>
                <td>
                  {RECOMMENDATION_KIND_LABELS[r.kind]}
                  {r.amountDueRupiah !== null ? <div className="muted">{formatRupiah(r.amountDueRupiah)}</div> : null}
                </td>
                <td className="hide-sm">{r.opd?.name ?? "—"}</td>
                <td>{formatCivilDate(r.deadlineOn)}</td>
                <td>{FOLLOW_UP_STATUS_LABELS[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </CaseSection>
  );
}
