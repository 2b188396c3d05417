/** The privacy notice the public forms ask consent to (UU 27/2022 on personal data protection). */
export function PrivacyNotice({ wbs }: { wbs?: boolean }) {
  return (
    <details className="card" id="privasi">
      <summary>Pemberitahuan privasi</summary>
      <p>
        Inspektorat Kabupaten Banyumas memproses data pribadi dalam aduan ini berdasarkan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi,
        untuk melaksanakan tugas pengawasan dan penanganan pengaduan masyarakat (Pasal 20 ayat (2) huruf e: pelaksanaan kewenangan berdasarkan peraturan
        perundang-undangan) serta atas persetujuan Anda.
      </p>
      <ul>
        <li>Data dipakai hanya untuk menangani aduan ini dan tidak diserahkan kepada pihak terlapor.</li>
        {wbs ? (
          <li>
            Identitas yang Anda berikan disimpan terenkripsi dan hanya dapat dibuka oleh Inspektur atau pegawai yang ia setujui; setiap pembukaan tercatat.
            Alamat IP dan perangkat Anda tidak disimpan.
          </li>
        ) : (
          <li>
            Identitas Anda hanya dapat dilihat oleh tim pengaduan dan Inspektur. Bila Anda memilih <em>rahasia</em>, identitas tidak pernah dicantumkan dalam
            dokumen apa pun.
          </li>
        )}
        <li>Data disimpan selama diperlukan untuk penanganan aduan dan kearsipan sesuai ketentuan.</li>
        <li>Anda berhak mengetahui, memperbaiki, dan meminta penghapusan data pribadi Anda dengan menghubungi Inspektorat (kontak di bagian bawah halaman).</li>
      </ul>
    </details>
  );
}
