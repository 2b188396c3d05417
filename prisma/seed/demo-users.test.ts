import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/roles";
import { checkNip } from "@/lib/staff/nip";
import { PNS_PANGKAT } from "@/lib/staff/pangkat";
import { DEMO_USERS } from "./demo-users";

describe("demo accounts", () => {
  it("cover every role, with the usernames the README lists", () => {
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(new Set(ROLES));
    expect(DEMO_USERS.map((u) => u.username)).toEqual([
      "pengaduan",
      "inspektur",
      "penelaah",
      "irban1",
      "irban2",
      "auditor1",
      "perencanaan",
      "pimpinan",
      "admin",
      "opd-dindik",
      "opd-kecbms",
    ]);
  });

  it("have valid NIPs and ranks from the official list", () => {
    for (const u of DEMO_USERS) {
      if (u.nip) expect(checkNip(u.nip)).toEqual({ ok: true, nip: u.nip });
      if (u.golongan) expect(PNS_PANGKAT).toContainEqual({ golongan: u.golongan, pangkat: u.pangkat });
    }
  });

  it("put irban1 in Wilayah I and irban2 in Wilayah II", () => {
    expect(DEMO_USERS.find((u) => u.username === "irban1")?.irbanWilayah).toBe("WILAYAH_I");
    expect(DEMO_USERS.find((u) => u.username === "irban2")?.irbanWilayah).toBe("WILAYAH_II");
  });
});
