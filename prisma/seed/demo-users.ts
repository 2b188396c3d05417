// One demo account per role (password `sipadu-demo`), with plausible but
// fictitious names, NIPs and ranks. The e2e tests sign in as these.
import type { IrbanWilayah, Role } from "@/lib/enums";

export interface DemoUser {
  username: string;
  name: string;
  nip: string | null;
  pangkat: string | null;
  golongan: string | null;
  jabatan: string;
  role: Role;
  irbanWilayah: IrbanWilayah | null;
  /** for the OPD role: the code of the OPD the liaison acts for */
  opdCode?: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: "pengaduan",
    name: "Sri Wahyuni, S.E.",
    nip: "198503122010012003",
    pangkat: "Penata Muda Tingkat I",
    golongan: "III/b",
    jabatan: "Pengelola Pengaduan Masyarakat",
    role: "TIM_PENGADUAN",
    irbanWilayah: null,
  },
  {
    username: "inspektur",
    name: "Dr. Bambang Widodo, S.H., M.Si.",
    nip: "196805151994031005",
    pangkat: "Pembina Utama Muda",
    golongan: "IV/c",
    jabatan: "Inspektur Daerah Kabupaten Banyumas",
    role: "INSPEKTUR",
    irbanWilayah: null,
  },
  {
    username: "penelaah",
    name: "Dewi Kartika Sari, S.H.",
    nip: "198807202011012004",
    pangkat: "Penata",
    golongan: "III/c",
    jabatan: "Auditor Ahli Muda",
    role: "PENELAAH",
    irbanWilayah: null,
  },
  {
    username: "irban1",
    name: "Ir. Agus Priyanto, M.M.",
    nip: "197204101998031007",
    pangkat: "Pembina Tingkat I",
    golongan: "IV/b",
    jabatan: "Inspektur Pembantu Wilayah I",
    role: "IRBAN",
    irbanWilayah: "WILAYAH_I",
  },
  {
    username: "irban2",
    name: "Hj. Rina Marlina, S.E., M.Ak.",
    nip: "197509222000122002",
    pangkat: "Pembina Tingkat I",
    golongan: "IV/b",
    jabatan: "Inspektur Pembantu Wilayah II",
    role: "IRBAN",
    irbanWilayah: "WILAYAH_II",
  },
  {
    username: "auditor1",
    name: "Yusuf Hidayat, S.Ak.",
    nip: "199403082019031011",
    pangkat: "Penata Muda",
    golongan: "III/a",
    jabatan: "Auditor Ahli Pertama",
    role: "AUDITOR",
    irbanWilayah: "WILAYAH_I",
  },
  {
    username: "perencanaan",
    name: "Tri Handayani, S.Sos.",
    nip: "198111052006042008",
    pangkat: "Penata Tingkat I",
    golongan: "III/d",
    jabatan: "Kepala Subbagian Perencanaan",
    role: "KASUBAG_PERENCANAAN",
    irbanWilayah: null,
  },
  {
    username: "pimpinan",
    name: "Drs. Ahmad Setiawan, M.Si.",
    nip: "196903171990031004",
    pangkat: "Pembina Utama Madya",
    golongan: "IV/d",
    jabatan: "Sekretaris Daerah Kabupaten Banyumas",
    role: "PIMPINAN",
    irbanWilayah: null,
  },
  {
    username: "admin",
    name: "Rudi Hartono, S.Kom.",
    nip: "199206142020121012",
    pangkat: "Penata Muda",
    golongan: "III/a",
    jabatan: "Pranata Komputer Ahli Pertama",
    role: "ADMIN",
    irbanWilayah: null,
  },
  // The OPDs' liaisons (penghubung) follow up the recommendations addressed to their OPD.
  {
    username: "opd-dindik",
    name: "Endang Susilowati, S.Pd., M.M.",
    nip: "197812032005012009",
    pangkat: "Pembina",
    golongan: "IV/a",
    jabatan: "Sekretaris Dinas Pendidikan",
    role: "OPD",
    irbanWilayah: null,
    opdCode: "DINDIK",
  },
  {
    username: "opd-kecbms",
    name: "Slamet Riyadi, S.STP.",
    nip: "198601142008011003",
    pangkat: "Penata Tingkat I",
    golongan: "III/d",
    jabatan: "Sekretaris Kecamatan Banyumas",
    role: "OPD",
    irbanWilayah: null,
    opdCode: "KEC_BANYUMAS",
  },
];
