import { describe, expect, it } from "vitest";
import { lowerFirst } from "./text";

describe("lowerFirst: a label in the middle of a sentence", () => {
  it("lowers only the first letter, and keeps acronyms and official terms", () => {
    expect(`Ya, ${lowerFirst("Tandatangani SPT")}`).toBe("Ya, tandatangani SPT");
    expect(`Ya, ${lowerFirst("Teruskan ke Inspektur")}`).toBe("Ya, teruskan ke Inspektur");
    expect(lowerFirst("Inspektur mendisposisikan kepada Irban")).toBe("Inspektur mendisposisikan kepada Irban");
    expect(lowerFirst("Rencana tim disampaikan kepada Kasubag Perencanaan")).toBe("rencana tim disampaikan kepada Kasubag Perencanaan");
    expect(lowerFirst("SPT disampaikan kepada tim")).toBe("SPT disampaikan kepada tim");
    expect(lowerFirst("Draf SPT")).toBe("draf SPT");
    expect(lowerFirst("Di Inspektur")).toBe("di Inspektur");
  });
});
