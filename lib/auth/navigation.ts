// The staff navigation, per permission: a role sees the pages it may use.
import type { Role } from "@/lib/enums";
import { can, type Permission } from "./permissions";

export interface NavItem {
  href: string;
  label: string;
  /** any one of these grants the item */
  permissions: readonly Permission[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/aduan", label: "Kotak Masuk", permissions: ["inbox:view"] },
  { href: "/aduan/baru", label: "Catat Aduan", permissions: ["case:register"] },
  { href: "/tindak-lanjut", label: "Tindak Lanjut", permissions: ["followup:view"] },
  { href: "/dasbor", label: "Dasbor", permissions: ["dashboard:view", "dashboard:own"] },
  { href: "/admin/pengguna", label: "Pengguna", permissions: ["admin:users"] },
  { href: "/admin/opd", label: "OPD", permissions: ["admin:opds"] },
  { href: "/admin/hari-libur", label: "Hari Libur", permissions: ["admin:holidays"] },
  { href: "/admin/target-langkah", label: "Target Langkah", permissions: ["admin:settings"] },
  { href: "/admin/surat", label: "Surat", permissions: ["admin:settings"] },
  { href: "/admin/lapak-aduan", label: "Lapak Aduan", permissions: ["admin:api-keys"] },
  { href: "/kotak-keluar", label: "Kotak Keluar", permissions: ["outbox:view"] },
  { href: "/persetujuan-akun", label: "Persetujuan Akun", permissions: ["account:approve"] },
  { href: "/akun", label: "Akun Saya", permissions: ["account:self"] },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.permissions.some((p) => can(role, p)));
}

/** Where a role lands after signing in: its first page. */
export function homeFor(role: Role): string {
  return navFor(role)[0]?.href ?? "/akun";
}

/** A return address from a URL parameter, accepted only when it is a path inside SIPADU. */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 300) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  if (/[\u0000-\u001f]/.test(value) || value.startsWith("/api/")) return null;
  return value;
}
