import { CaseSection } from "./case-section";
import { TableWrap } from "@/app/_components/table-wrap";
import { formatDateTime } from "@/lib/format/dates";
import type { CaseView } from "@/lib/workflow/case-view";
import {
  CRITERIA,
  CLOSURE_LABELS,
  CRITERION_LABELS,
  CRITERION_RESULT_LABELS,
  NATURE_LABELS,
  RECOMMENDATION_LABELS,
  TL_LABELS,
} from "@/lib/workflow/inputs/review";

export const DECISION_LABELS: Record<CaseView["kase"]["decisions"][number]["kind"], string> = {
  PENELAAHAN: "Perintah penelaahan",
  TINDAK_LANJUT: "Disposisi tindak lanjut",
  TIDAK_DITINDAKLANJUTI: "Tidak ditindaklanjuti",
  SPT_DITANDATANGANI: "SPT ditandatangani",
  SPT_DIKEMBALIKAN: "Draf SPT dikembalikan",
  LAPORAN_DISETUJUI: "Laporan hasil disetujui",
  LAPORAN_DIKEMBALIKAN: "Laporan hasil dikembalikan",
};

export function ReviewSection({ view }: { view: CaseView }) {
  const { reviews, decisions, reviewers } = view.kase;
  return (
    <CaseSection id="telaah" title="Telaah dan keputusan Inspektur">
      {reviewers.length ? <p>Penelaah: {reviewers.map((r) => r.user.name).join(", ")}</p> : null}
      {reviews.map((r) => (
        <div className="card" key={r.id} style={{ marginBottom: "1rem" }} data-testid="review">
          <p className="muted">
            Kaji cepat oleh {r.submittedBy.name}, {formatDateTime(r.submittedAt)}
          </p>
          <TableWrap label="Kriteria kaji cepat">
            <table>
              <thead>
                <tr>
                  <th scope="col">Kriteria</th>
                  <th scope="col">Hasil</th>
                  <th scope="col">Catatan</th>
                </tr>
              </thead>
              <tbody>
                {[...r.criteria]
                  .sort((a, b) => CRITERIA.indexOf(a.criterion) - CRITERIA.indexOf(b.criterion))
                  .map((c) => (
                    <tr key={c.criterion}>
                      <td>{CRITERION_LABELS[c.criterion]}</td>
                      <td>{CRITERION_RESULT_LABELS[c.result]}</td>
                      <td>{c.note ?? "—"}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableWrap>
          <dl className="facts" style={{ marginTop: ".75rem" }}>
            {r.nature ? (
              <>
                <dt>Sifat</dt>
                <dd>{NATURE_LABELS[r.nature]}</dd>
              </>
            ) : null}
            <dt>Ringkasan</dt>
            <dd style={{ whiteSpace: "pre-wrap" }}>{r.summary}</dd>
            <dt>Rekomendasi</dt>
            <dd>
              {RECOMMENDATION_LABELS[r.recommendation]}
              {r.closureReason ? ` — ${CLOSURE_LABELS[r.closureReason]}` : ""}
            </dd>
          </dl>
        </div>
      ))}
      {decisions.length ? (
        <ul>
          {decisions.map((d) => (
            <li key={d.id}>
              <strong>{DECISION_LABELS[d.kind]}</strong> — {d.decidedBy.name}, {formatDateTime(d.decidedAt)}
              {d.tlType ? `: ${TL_LABELS[d.tlType]}` : ""}
              {d.irbanUser ? ` oleh ${d.irbanUser.name}` : ""}
              {d.closureReason ? `: ${CLOSURE_LABELS[d.closureReason]}` : ""}
              {d.instructions ? <div className="muted">{d.instructions}</div> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </CaseSection>
  );
}
