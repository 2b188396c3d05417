import { CaseSection } from "./case-section";
import { formatDateTime } from "@/lib/format/dates";
import { formatBytes } from "@/lib/format/numbers";
import type { CaseView } from "@/lib/workflow/case-view";
import { TableWrap } from "@/app/_components/table-wrap";

const KIND_LABELS: Record<string, string> = {
  BUKTI_PELAPOR: "Bukti dari pelapor",
  SCAN_DISPOSISI: "Pindaian disposisi",
  SURAT_MASUK: "Surat / berkas masuk",
  SALINAN_SPT: "Salinan SPT",
  BUKTI_TL: "Bukti tindak lanjut",
  LAINNYA: "Lainnya",
};

export function Attachments({ view }: { view: CaseView }) {
  const list = view.kase.attachments;
  return (
    <CaseSection id="lampiran" title="Lampiran">
      {list.length === 0 ? (
        <p className="muted">Tidak ada lampiran.</p>
      ) : (
        <TableWrap label="Tabel lampiran">
          <table>
            <thead>
              <tr>
                <th scope="col">Berkas</th>
                <th scope="col">Jenis</th>
                <th scope="col" className="hide-sm">
                  Ukuran
                </th>
                <th scope="col" className="hide-sm">
                  Diunggah
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id}>
                  <td>
                    <a href={`/api/lampiran/${a.id}`} download>
                      {a.fileName}
                    </a>
                  </td>
                  <td>{KIND_LABELS[a.kind] ?? a.kind}</td>
                  <td className="hide-sm">{formatBytes(a.size)}</td>
                  <td className="hide-sm">
                    {formatDateTime(a.createdAt)}
                    {a.uploadedBy ? ` · ${a.uploadedBy.name}` : a.fromReporter ? " · pelapor" : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </CaseSection>
  );
}
