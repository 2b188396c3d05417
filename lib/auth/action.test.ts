import { afterEach, describe, expect, it, vi } from "vitest";
import { ValidationError } from "@/lib/errors";
import { errorState } from "./action";

afterEach(() => vi.restoreAllMocks());

describe("errorState", () => {
  it("returns an expected error with its message, field errors and the submitted values (never passwords)", () => {
    const state = errorState(new ValidationError({ nip: ["NIP harus terdiri dari 18 angka."] }), {
      nip: "123",
      name: "Budi",
      password: "rahasia-sekali",
      newPassword: "juga-rahasia",
      files: ["a", "b"],
    });
    expect(state).toEqual({
      status: "error",
      code: "TIDAK_VALID",
      message: "Periksa kembali isian yang ditandai.",
      fieldErrors: { nip: ["NIP harus terdiri dari 18 angka."] },
      values: { nip: "123", name: "Budi" },
    });
  });

  it("hides an unexpected error behind a generic message with a reference for the log", () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const state = errorState(new Error("SQLITE_CORRUPT: secret detail"), { name: "x" });
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.code).toBe("GALAT");
    expect(state.message).toMatch(/^Terjadi kesalahan pada sistem\..*\(Kode: [0-9a-f]{8}\)$/);
    expect(state.message).not.toContain("SQLITE");
    expect(log).toHaveBeenCalledOnce();
  });
});
