// One fixed case, written out as each kind of document's content: the golden
// files in tests/golden/ are these documents read back as text.
import { readFileSync } from "node:fs";
import QRCode from "qrcode";
import { buildModel } from "@/lib/documents/build";
import { PLACEHOLDER_LAMBANG, letterheadLines, type LetterContext, type SignerSnapshot } from "@/lib/documents/context";
import type { ReceiptContent, ResultLetterContent } from "@/lib/documents/data/letters";
import type { ReportContent } from "@/lib/documents/data/report";
import { sptTembusan, type SptContent } from "@/lib/documents/data/spt";
import type { DocumentModel } from "@/lib/documents/model";
import type { DocumentType } from "@/lib/enums";
import { SETTINGS } from "@/lib/settings/registry";

export const FIXED_CONTEXT: LetterContext = {
  letterhead: { lines: letterheadLines(SETTINGS.instansi.default), logo: { data: new Uint8Array(readFileSync(PLACEHOLDER_LAMBANG)), type: "png" } },
  paper: "A4",
  surat: SETTINGS.surat.default,
  instansi: SETTINGS.instansi.default,
};

const inspektur: SignerSnapshot = {
  name: "Dra. Sri Wahyuni, M.Si.",
  rank: "Pembina Utama Muda (IV/c)",
  nip: "NIP 19700101 199503 2 001",
  title: "INSPEKTUR DAERAH KABUPATEN BANYUMAS",
};

export const SPT_CONTENT: SptContent = {
  number: "700.1.2/12/2026",
  signedOn: "2026-12-01",
  place: "Purwokerto",
  registerNumber: "ADU/2026/11/0042",
  registeredOn: "2026-11-16",
  tlType: "AUDIT",
  task: "Melaksanakan audit atas pengaduan masyarakat mengenai dugaan penyimpangan pengadaan alat tulis kantor",
  objectives: "Menguji kebenaran dugaan penyimpangan pengadaan",
  startOn: "2026-12-02",
  endOn: "2026-12-08",
  durationDays: 5,
  opd: "Dinas Pendidikan",
  dasar: [...SETTINGS.surat.default.dasar, "Pengaduan masyarakat Nomor Register ADU/2026/11/0042 tanggal 16 November 2026"],
  team: [
    {
      name: "Ir. Bambang Setiawan, M.M.",
      nip: "19710202 199603 1 002",
      rank: "Pembina Tingkat I (IV/b)",
      jabatan: "Inspektur Pembantu Wilayah I",
      teamRole: "PENANGGUNG_JAWAB",
    },
    { name: "Rina Kartika, S.E., M.Ak.", nip: "19800303 200501 2 003", rank: "Pembina (IV/a)", jabatan: "Auditor Ahli Madya", teamRole: "PENGENDALI_TEKNIS" },
    { name: "Agus Priyanto, S.E.", nip: "19850404 201001 1 004", rank: "Penata Tingkat I (III/d)", jabatan: "Auditor Ahli Muda", teamRole: "KETUA_TIM" },
    {
      name: "Dewi Lestari, S.Ak.",
      nip: "19900505 201503 2 005",
      rank: "Penata Muda Tingkat I (III/b)",
      jabatan: "Auditor Ahli Pertama",
      teamRole: "ANGGOTA_TIM",
    },
  ],
  signer: inspektur,
  tembusan: sptTembusan(SETTINGS.surat.default.tembusan, "Kepala Dinas Pendidikan"),
};

const finding = {
  allegation: "Pengadaan alat tulis kantor tidak sesuai kontrak",
  condition: "Barang yang diterima 600 rim kertas, kontrak menyebut 1.000 rim.",
  criteria: "Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah.",
  cause: "Pejabat pembuat komitmen tidak memeriksa barang saat serah terima.",
  effect: "Pembayaran melebihi barang yang diterima.",
  responsibleParty: "Pejabat Pembuat Komitmen Dinas Pendidikan",
  auditeeResponse: "Auditi menerima temuan dan akan mengembalikan kelebihan bayar.",
  recommendation: "Menyetor kelebihan pembayaran ke kas daerah.",
};

const person = (name: string, rank: string, nip: string) => ({ name, rank, nip: `NIP ${nip}` });

export const REPORT_CONTENT: ReportContent = {
  tlType: "AUDIT",
  number: "700.1.2.1/7/2026",
  signedOn: "2026-12-10",
  place: "Purwokerto",
  registerNumber: "ADU/2026/11/0042",
  registeredOn: "2026-11-16",
  title: "Dugaan penyimpangan pengadaan alat tulis kantor",
  summary: "Pengadu menyampaikan kertas yang diterima sekolah kurang dari kontrak.",
  opd: "Dinas Pendidikan",
  spt: { number: "700.1.2/12/2026", signedOn: "2026-12-01" },
  plan: {
    objectives: "Menguji kebenaran dugaan penyimpangan pengadaan",
    scope: "Pengadaan tahun anggaran 2026",
    startOn: "2026-12-02",
    endOn: "2026-12-08",
    durationDays: 5,
  },
  sections: {
    tujuan: null,
    ruangLingkup: null,
    metodologi: "Wawancara, pemeriksaan dokumen dan pemeriksaan fisik barang.",
    simpulan: "Pengaduan terbukti sebagian.",
    rekomendasi: "Kepala Dinas Pendidikan agar memerintahkan penyetoran kelebihan pembayaran.",
    langkah: "Meminta keterangan pihak terkait dan memeriksa dokumen pengadaan.",
    arahKlarifikasi: "SELESAI",
    saran: "Memperbaiki pemeriksaan barang saat serah terima.",
    waktuTempat: "3 Desember 2026, Kantor Dinas Pendidikan",
    pihak: "Sekretaris Dinas Pendidikan; Pejabat Pembuat Komitmen",
    pokokBahasan: "Kekurangan barang pengadaan alat tulis kantor.",
    hasil: "Dinas akan meminta penyedia melengkapi barang.",
    tindakLanjut: "Penyedia melengkapi barang paling lambat 31 Desember 2026.",
  },
  findings: [
    {
      position: 1,
      ...finding,
      lossRupiah: "12500000",
      lossKind: "KEUANGAN_DAERAH",
      conclusion: "TERBUKTI",
      evidence: ["berita-acara-serah-terima.pdf", "foto-gudang.jpg"],
    },
    {
      position: 2,
      allegation: "Pemecahan paket pengadaan",
      condition: "Paket pengadaan dibuat dalam satu kontrak.",
      criteria: null,
      cause: null,
      effect: null,
      lossRupiah: null,
      responsibleParty: null,
      auditeeResponse: null,
      conclusion: "TIDAK_TERBUKTI",
      recommendation: null,
    },
  ],
  team: {
    ketua: person("Agus Priyanto, S.E.", "Penata Tingkat I (III/d)", "19850404 201001 1 004"),
    pengendali: person("Rina Kartika, S.E., M.Ak.", "Pembina (IV/a)", "19800303 200501 2 003"),
    penanggungJawab: person("Ir. Bambang Setiawan, M.M.", "Pembina Tingkat I (IV/b)", "19710202 199603 1 002"),
  },
  irban: { ...person("Ir. Bambang Setiawan, M.M.", "Pembina Tingkat I (IV/b)", "19710202 199603 1 002"), wilayah: "WILAYAH_I" },
  approver: inspektur,
  opdKind: "DINAS",
  opdWilayah: "WILAYAH_I",
};

export const RECEIPT_CONTENT: ReceiptContent = {
  registerNumber: "ADU/2026/11/0042",
  registeredOn: "2026-11-16",
  dueOn: "2026-12-15",
  dueIsEstimate: false,
  source: "MASYARAKAT",
  channel: "WEB",
  title: "Dugaan penyimpangan pengadaan alat tulis kantor",
  complainant: "Dirahasiakan",
  attachments: ["kontrak-atk.pdf", "foto-barang.jpg"],
  receiptCode: "K7Q2-M9XD-4TPA",
  place: "Purwokerto",
  receivedBy: "Siti Aminah, S.Sos.",
  receivedByNip: "NIP 19880808 201101 2 008",
  trackingUrl: "http://localhost:3000/lacak",
};

export const RESULT_LETTER_CONTENT: ResultLetterContent = {
  number: "700.1.2.4/3/2026",
  signedOn: "2026-12-11",
  place: "Purwokerto",
  addressee: "Pelapor Aduan Nomor Register ADU/2026/11/0042",
  registerNumber: "ADU/2026/11/0042",
  registeredOn: "2026-11-16",
  title: "Dugaan penyimpangan pengadaan alat tulis kantor",
  tlType: "AUDIT",
  sptNumber: "700.1.2/12/2026",
  reportNumber: "700.1.2.1/7/2026",
  message: "Pengaduan terbukti sebagian; kelebihan pembayaran diminta disetor ke kas daerah.",
  signer: inspektur,
  tembusan: ["Arsip"],
  trackingUrl: "http://localhost:3000/lacak",
};

/** Each kind of document once, under the name of its golden file. */
export const FIXTURES: { name: string; type: DocumentType; content: unknown }[] = [
  { name: "spt", type: "SPT", content: SPT_CONTENT },
  { name: "laporan-hasil-audit", type: "LAPORAN_HASIL_AUDIT", content: REPORT_CONTENT },
  { name: "laporan-hasil-klarifikasi", type: "LAPORAN_HASIL_KLARIFIKASI", content: { ...REPORT_CONTENT, tlType: "KLARIFIKASI" } },
  { name: "laporan-hasil-koordinasi", type: "LAPORAN_HASIL_KOORDINASI", content: { ...REPORT_CONTENT, tlType: "KOORDINASI" } },
  { name: "tanda-terima", type: "TANDA_TERIMA", content: RECEIPT_CONTENT },
  { name: "surat-pemberitahuan-hasil", type: "SURAT_PEMBERITAHUAN_HASIL", content: RESULT_LETTER_CONTENT },
];

/**
 * `count` distinct sentences, each findable on its own ("kalimat ke-7 …"), so
 * a test can say which sentence a rendering lost.
 */
export function sentences(count: number, topic: string): string {
  const facts = [
    "tim memeriksa dokumen kontrak, berita acara serah terima dan bukti pembayaran yang disimpan bendahara",
    "keterangan pejabat pembuat komitmen berbeda dengan catatan penerimaan barang di gudang sekolah",
    "penyedia menyatakan sisa barang akan dikirim setelah pembayaran termin terakhir diterima",
    "kepala sekolah menandatangani berita acara tanpa menghitung barang yang datang",
    "bukti transfer menunjukkan pembayaran penuh pada tanggal yang sama dengan serah terima",
  ];
  return Array.from({ length: count }, (_, i) => `Kalimat ke-${i + 1} tentang ${topic}: ${facts[i % facts.length]}.`).join(" ");
}

const TEAM_OF_NINE: SptContent["team"] = [
  ...SPT_CONTENT.team,
  {
    name: "Dr. Hendro Wicaksono Adiputro, S.H., M.Hum.",
    nip: "19750606 200003 1 006",
    rank: "Pembina (IV/a)",
    jabatan: "Auditor Ahli Madya pada Inspektur Pembantu Wilayah III",
    teamRole: "WAKIL_PENANGGUNG_JAWAB",
  },
  {
    name: "Yuliana Kusumawardhani, S.E.",
    nip: "19910707 201503 2 007",
    rank: "Penata Muda Tingkat I (III/b)",
    jabatan: "Auditor Ahli Pertama",
    teamRole: "ANGGOTA_TIM",
  },
  {
    name: "Muhammad Rizky Ramadhan, S.Kom.",
    nip: "19920808 201903 1 008",
    rank: "Penata Muda (III/a)",
    jabatan: "Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Pertama",
    teamRole: "ANGGOTA_TIM",
  },
  { name: "Fitri Handayani, A.Md.", nip: "19930909 202012 2 009", rank: "Pengatur Tingkat I (II/d)", jabatan: "Auditor Terampil", teamRole: "ANGGOTA_TIM" },
  { name: "Bayu Aji Nugroho, S.T.", nip: "19941010 202203 1 010", rank: "Penata Muda (III/a)", jabatan: "Auditor Ahli Pertama", teamRole: "ANGGOTA_TIM" },
];

const longFinding = (position: number): ReportContent["findings"][number] => ({
  position,
  allegation: `Dugaan ke-${position}: pengadaan barang pada paket ${position} tidak sesuai kontrak dan spesifikasi teknis`,
  condition: sentences(position === 1 ? 40 : 8, `fakta temuan ${position}`),
  criteria:
    "Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah sebagaimana telah diubah dengan Peraturan Presiden Nomor 12 Tahun 2021.",
  cause: sentences(3, `penyebab temuan ${position}`),
  effect: sentences(2, `akibat temuan ${position}`),
  lossRupiah: position % 3 === 0 ? null : String(1_250_000 * position),
  lossKind: position % 2 === 0 ? "MASYARAKAT" : "KEUANGAN_DAERAH",
  responsibleParty: "Pejabat Pembuat Komitmen Dinas Pendidikan",
  auditeeResponse: sentences(2, `tanggapan auditi ${position}`),
  conclusion: position % 3 === 0 ? "TIDAK_TERBUKTI" : position % 2 === 0 ? "TERBUKTI_SEBAGIAN" : "TERBUKTI",
  recommendation: sentences(2, `rekomendasi temuan ${position}`),
  evidence: [`bukti-${position}-kontrak.pdf`, `bukti-${position}-foto.jpg`],
});

export const LONG_REPORT: ReportContent = {
  ...REPORT_CONTENT,
  title: "Dugaan penyimpangan pengadaan alat tulis kantor, buku pelajaran dan perlengkapan sekolah pada sepuluh paket pengadaan tahun anggaran 2026",
  findings: Array.from({ length: 10 }, (_, i) => longFinding(i + 1)),
  sections: {
    ...REPORT_CONTENT.sections,
    metodologi: sentences(4, "metodologi"),
    simpulan: sentences(3, "simpulan"),
    rekomendasi: sentences(3, "rekomendasi"),
    langkah: sentences(5, "langkah klarifikasi"),
    saran: sentences(3, "saran"),
    pokokBahasan: sentences(6, "pokok bahasan"),
    hasil: sentences(12, "hasil koordinasi"),
    tindakLanjut: sentences(4, "tindak lanjut"),
    arahKlarifikasi: "PERLU_AUDIT",
  },
};

/** Realistic content at its limits: a long finding, nine in a team, ten findings, every letter on both papers. */
export const STRESS_FIXTURES: { name: string; type: DocumentType; content: unknown }[] = [
  {
    name: "spt-sembilan-anggota",
    type: "SPT",
    content: {
      ...SPT_CONTENT,
      team: TEAM_OF_NINE,
      durationDays: 10,
      endOn: "2026-12-15",
      biaya: "Dokumen Pelaksanaan Anggaran (DPA) Inspektorat Daerah Kabupaten Banyumas Tahun Anggaran 2026",
      dasar: [
        ...SPT_CONTENT.dasar.slice(0, 2),
        "Peraturan Bupati Banyumas Nomor 45 Tahun 2023 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja Inspektorat Daerah Kabupaten Banyumas",
        "Program Kerja Pengawasan Tahunan (PKPT) Inspektorat Daerah Kabupaten Banyumas Tahun 2026",
        ...SPT_CONTENT.dasar.slice(2),
        "Disposisi Inspektur Daerah Kabupaten Banyumas tanggal 20 November 2026",
      ],
    } satisfies SptContent,
  },
  { name: "lha-sepuluh-temuan", type: "LAPORAN_HASIL_AUDIT", content: LONG_REPORT },
  {
    name: "lhk-klarifikasi-panjang",
    type: "LAPORAN_HASIL_KLARIFIKASI",
    content: { ...LONG_REPORT, tlType: "KLARIFIKASI", findings: LONG_REPORT.findings.slice(0, 3) },
  },
  { name: "lhk-koordinasi-panjang", type: "LAPORAN_HASIL_KOORDINASI", content: { ...LONG_REPORT, tlType: "KOORDINASI" } },
  {
    name: "surat-hasil-panjang",
    type: "SURAT_PEMBERITAHUAN_HASIL",
    content: {
      ...RESULT_LETTER_CONTENT,
      title: LONG_REPORT.title,
      message: sentences(14, "hasil tindak lanjut"),
      tembusan: ["Kepala Dinas Pendidikan Kabupaten Banyumas", "Arsip"],
    },
  },
  {
    name: "tanda-terima-banyak-lampiran",
    type: "TANDA_TERIMA",
    content: { ...RECEIPT_CONTENT, attachments: Array.from({ length: 10 }, (_, i) => `lampiran-bukti-pengaduan-${i + 1}.pdf`) },
  },
];

export const FIXED_CODE = "K7Q2M9XD4TPAH3WE";

/** The model a signed document of the fixture would have: with its fixed verification code and QR. */
export async function signedFixtureModel(type: DocumentType, content: unknown): Promise<DocumentModel> {
  const url = `http://localhost:3000/verifikasi/${FIXED_CODE}`;
  const qrPng = new Uint8Array(await QRCode.toBuffer(url, { errorCorrectionLevel: "M", margin: 1, width: 240 }));
  return { ...buildModel(type, content, FIXED_CONTEXT, false), verification: { code: FIXED_CODE, url, qrPng } };
}
