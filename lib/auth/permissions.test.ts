import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { PERMISSIONS, ROLE_PERMISSIONS, can, throwIfNoPermission } from "./permissions";
import { ROLES } from "./roles";
import { homeFor, navFor, safeReturnPath } from "./navigation";

describe("permissions", () => {
  it("maps every role, and only to permissions on the closed list", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    for (const perms of Object.values(ROLE_PERMISSIONS)) {
      for (const p of perms) expect(PERMISSIONS).toContain(p);
    }
  });

  it("keeps case contents from PIMPINAN and ADMIN, and admin pages from everyone but ADMIN", () => {
    expect(can("PIMPINAN", "case:view")).toBe(false);
    expect(can("ADMIN", "case:view")).toBe(false);
    for (const role of ROLES) expect(can(role, "admin:users")).toBe(role === "ADMIN");
  });

  it("lets only the complaint team and the Inspektur see complainants' identity", () => {
    expect(ROLES.filter((r) => can(r, "case:view-identity")).sort()).toEqual(["INSPEKTUR", "TIM_PENGADUAN"]);
  });

  it("throws ForbiddenError without the permission", () => {
    expect(() => throwIfNoPermission({ role: "AUDITOR" }, "admin:opds")).toThrow(ForbiddenError);
    expect(() => throwIfNoPermission({ role: "ADMIN" }, "admin:opds")).not.toThrow();
  });
});

describe("navigation", () => {
  it("shows each role only what it may open", () => {
    expect(navFor("PIMPINAN").map((i) => i.href)).toEqual(["/dasbor", "/akun"]);
    expect(navFor("ADMIN").map((i) => i.href)).toEqual([
      "/admin/pengguna",
      "/admin/opd",
      "/admin/hari-libur",
      "/admin/target-langkah",
      "/admin/surat",
      "/admin/lapak-aduan",
      "/kotak-keluar",
      "/akun",
    ]);
    expect(navFor("TIM_PENGADUAN").map((i) => i.href)).toEqual(["/aduan", "/aduan/baru", "/dasbor", "/kotak-keluar", "/akun"]);
  });

  it("sends each role to its first page after sign-in", () => {
    expect(homeFor("INSPEKTUR")).toBe("/aduan");
    expect(homeFor("PIMPINAN")).toBe("/dasbor");
    expect(homeFor("ADMIN")).toBe("/admin/pengguna");
  });

  it("accepts only paths inside SIPADU as return addresses", () => {
    expect(safeReturnPath("/aduan/abc")).toBe("/aduan/abc");
    for (const bad of ["//evil.example", "https://evil.example", "/\\evil", "javascript:alert(1)", "/api/auth/signout", 5, undefined]) {
      expect(safeReturnPath(bad)).toBeNull();
    }
  });
});
