import { IrbanWilayah, Role } from "@/lib/enums";

export const ROLES = Object.values(Role) as Role[];

export const ROLE_LABELS: Record<Role, string> = {
  TIM_PENGADUAN: "Tim Pengaduan (Sekretariat)",
  INSPEKTUR: "Inspektur Daerah",
  PENELAAH: "Tim Penelaah",
  IRBAN: "Inspektur Pembantu (Irban)",
  AUDITOR: "Auditor / P2UPD",
  KASUBAG_PERENCANAAN: "Kasubag Perencanaan",
  PIMPINAN: "Pimpinan Daerah",
  ADMIN: "Administrator Sistem",
  OPD: "Penghubung OPD",
};

export const WILAYAH = Object.values(IrbanWilayah) as IrbanWilayah[];

export const WILAYAH_LABELS: Record<IrbanWilayah, string> = {
  WILAYAH_I: "Wilayah I",
  WILAYAH_II: "Wilayah II",
  WILAYAH_III: "Wilayah III",
  WILAYAH_IV: "Wilayah IV",
};

/** Roles whose holders belong to an Irban wilayah. */
export const ROLES_WITH_WILAYAH: readonly Role[] = ["IRBAN", "AUDITOR"];

/** Roles whose holders act for one OPD (the follow-up of recommendations, issue 18). */
export const ROLES_WITH_OPD: readonly Role[] = ["OPD"];
