"use client";
import { useState, type ReactNode } from "react";
import { receiptPdfAction } from "@/app/(public)/receipt-actions";

/** The receipt after a complaint is stored: the register number and the receipt code, shown once. */
function DownloadReceipt({ code }: { code: string }) {
  const [state, setState] = useState<"idle" | "busy" | string>("idle");
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={state === "busy"}
        onClick={async () => {
          setState("busy");
          const r = await receiptPdfAction(code).catch(() => ({ ok: false as const, message: "Gagal mengunduh. Coba lagi." }));
          if (!r.ok) return setState(r.message);
          const a = document.createElement("a");
          a.href = `data:application/pdf;base64,${r.base64}`;
          a.download = r.fileName;
          a.click();
          setState("idle");
        }}
      >
        {state === "busy" ? "Menyiapkan…" : "Unduh tanda terima (PDF)"}
      </button>
      {state !== "idle" && state !== "busy" ? <span className="error">{state}</span> : null}
    </>
  );
}

/** What the complainant is told about the code; staff who register a complaint read `note` instead. */
const FOR_COMPLAINANT = (
  <>
    Simpan kode tanda terima: dengan kode ini perkembangan aduan diikuti di halaman <strong>Lacak aduan</strong>, pertanyaan dijawab, dan selesainya aduan
    dikonfirmasi. Kode hanya ditampilkan <strong>sekali ini</strong>, tidak dikirim melalui e-mail, dan tidak dapat dipulihkan.
  </>
);

export function ReceiptPanel({ data, note = FOR_COMPLAINANT, children }: { data: Record<string, string>; note?: ReactNode; children?: ReactNode }) {
  return (
    <section className="receipt" aria-labelledby="tanda-terima" data-testid="receipt" tabIndex={-1}>
      <h2 id="tanda-terima" style={{ marginTop: 0 }}>
        Tanda terima aduan
      </h2>
      <dl className="facts">
        <dt>Nomor register</dt>
        <dd className="mono" data-testid="register-number">
          {data.registerNumber}
        </dd>
        <dt>Kode tanda terima</dt>
        <dd className="code" data-testid="receipt-code">
          {data.receiptCode}
        </dd>
        <dt>Batas penyelesaian</dt>
        <dd>
          {data.dueOn}
          {data.dueNote ? (
            <span className="hint" style={{ display: "block" }}>
              {data.dueNote}
            </span>
          ) : null}
        </dd>
      </dl>
      <p>{note}</p>
      <div className="actions no-print">
        <button type="button" onClick={() => window.print()}>
          Cetak tanda terima
        </button>
        {data.receiptCode ? <DownloadReceipt code={data.receiptCode} /> : null}
        {children}
      </div>
    </section>
  );
}
