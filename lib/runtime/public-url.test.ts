import { describe, expect, it } from "vitest";
import { checkPublicAddress, publicUrl } from "./public-url";

describe("the address printed on signed letters", () => {
  it("is SIPADU_PUBLIC_URL, else NEXTAUTH_URL", () => {
    expect(publicUrl({ SIPADU_PUBLIC_URL: "https://sipadu.banyumaskab.go.id/", NEXTAUTH_URL: "https://x.example" })).toBe("https://sipadu.banyumaskab.go.id");
    expect(publicUrl({ NEXTAUTH_URL: "https://x.example" })).toBe("https://x.example");
  });

  it("must be public HTTPS before a production server starts", () => {
    expect(() => checkPublicAddress({}, false)).toThrow(/localhost:3000\/verifikasi/);
    expect(() => checkPublicAddress({ NEXTAUTH_URL: "http://sipadu.example" }, false)).toThrow(/https:\/\//);
    expect(() => checkPublicAddress({ SIPADU_PUBLIC_URL: "https://127.0.0.1:3000" }, false)).toThrow(/SIPADU_PUBLIC_URL/);
    expect(() => checkPublicAddress({ SIPADU_PUBLIC_URL: "bukan alamat" }, false)).toThrow(/not an address/);
    expect(checkPublicAddress({ SIPADU_PUBLIC_URL: "https://sipadu.banyumaskab.go.id" }, false)).toBe("https://sipadu.banyumaskab.go.id");
  });

  it("may be anything on the demo, or when the override says it is meant", () => {
    expect(checkPublicAddress({}, true)).toBe("http://localhost:3000");
    expect(checkPublicAddress({ NEXTAUTH_URL: "http://10.0.0.2:3000", SIPADU_ALLOW_INSECURE_PUBLIC_URL: "1" }, false)).toBe("http://10.0.0.2:3000");
  });
});
