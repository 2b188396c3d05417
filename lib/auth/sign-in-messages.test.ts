import { describe, expect, it } from "vitest";
import { signInMessage } from "./sign-in-messages";

describe("signInMessage", () => {
  it("says how long to wait when throttled", () => {
    expect(signInMessage("DIBATASI:42")).toBe("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 42 detik.");
  });
  it("does not tell an unknown account from a wrong password", () => {
    expect(signInMessage("SALAH")).toBe(signInMessage("CredentialsSignin"));
  });
  it("falls back to a generic message for unknown codes", () => {
    expect(signInMessage("<script>")).toBe("Gagal masuk. Silakan coba lagi.");
  });
});
