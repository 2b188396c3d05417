import { describe, expect, it } from "vitest";
import { followUpInWords } from "./public-words";

describe("the complainant's plain words about the recommendations", () => {
  it("say nothing without recommendations, and count without details", () => {
    expect(followUpInWords([])).toBeNull();
    expect(followUpInWords(["BELUM_DITINDAKLANJUTI", "DALAM_PROSES"])).toBe(
      "Inspektorat telah menyampaikan 2 rekomendasi kepada instansi terkait dan memantau pelaksanaannya.",
    );
    expect(followUpInWords(["SESUAI", "DALAM_PROSES"])).toBe(
      "1 dari 2 rekomendasi hasil penanganan aduan Anda telah dilaksanakan oleh instansi terkait; selebihnya masih dipantau Inspektorat.",
    );
    expect(followUpInWords(["SESUAI"])).toBe("Rekomendasi hasil penanganan aduan Anda telah dilaksanakan oleh instansi terkait.");
    expect(followUpInWords(["SESUAI", "SESUAI"])).toBe("Semua 2 rekomendasi hasil penanganan aduan Anda telah dilaksanakan oleh instansi terkait.");
    expect(followUpInWords(["SESUAI", "TIDAK_DAPAT_DITINDAKLANJUTI"])).toBe(
      "Pemantauan 2 rekomendasi hasil penanganan aduan Anda telah selesai: 1 dilaksanakan, 1 tidak dapat dilaksanakan karena alasan yang sah.",
    );
  });
});
