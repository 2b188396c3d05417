import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { formDataToObject, parseInput } from "./parse";
import { optionalEmail, optionalPhone, text } from "./fields";

describe("parseInput", () => {
  const schema = z.strictObject({ name: text("Nama", 10) });

  it("returns the parsed value", () => {
    expect(parseInput(schema, { name: "  Budi " })).toEqual({ name: "Budi" });
  });

  it("puts each message under its field, in Indonesian", () => {
    try {
      parseInput(schema, { name: "" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).fieldErrors).toEqual({ name: ["Nama wajib diisi."] });
    }
  });

  it("refuses unknown fields", () => {
    try {
      parseInput(schema, { name: "Budi", role: "ADMIN" });
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).fieldErrors._form?.[0]).toContain("role");
    }
  });
});

describe("fields", () => {
  it("checks e-mail and phone", () => {
    expect(optionalEmail.parse("")).toBeNull();
    expect(optionalEmail.parse("A@Contoh.id")).toBe("a@contoh.id");
    expect(optionalEmail.safeParse("bukan-email").success).toBe(false);
    expect(optionalPhone.parse("0812-3456 7890")).toBe("081234567890");
    expect(optionalPhone.safeParse("12").success).toBe(false);
  });
});

describe("formDataToObject", () => {
  it("keeps repeated names as arrays and drops React's action fields", () => {
    const fd = new FormData();
    fd.append("a", "1");
    fd.append("b", "x");
    fd.append("b", "y");
    fd.append("$ACTION_ID_abc", "");
    expect(formDataToObject(fd)).toEqual({ a: "1", b: ["x", "y"] });
  });
});
