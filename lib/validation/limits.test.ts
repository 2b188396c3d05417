import { describe, expect, it } from "vitest";
import { z } from "zod";
import { complaintFields } from "@/lib/workflow/inputs/intake";
import { optionalText, text } from "./fields";
import { limitOf, limitsOf } from "./limits";

describe("limitOf", () => {
  it("reads the max of required, optional and refined texts", () => {
    expect(limitOf(text("Perihal", 200))).toBe(200);
    expect(limitOf(optionalText("Catatan", 3000))).toBe(3000);
    expect(limitOf(text("Tugas", 3000).refine((t) => t.length > 1))).toBe(3000);
    expect(limitOf(z.string())).toBeUndefined();
    expect(limitOf(z.coerce.number())).toBeUndefined();
  });

  it("gives the complaint form the limits the server checks", () => {
    const limits = limitsOf(z.object(complaintFields));
    expect(limits.title).toBe(200);
    expect(limits.description).toBe(10_000);
    expect(limits.reason).toBe(3000);
    // The limit shown is the limit enforced: one character more is refused.
    const over = complaintFields.title.safeParse("x".repeat(limits.title! + 1));
    expect(over.success).toBe(false);
  });
});

describe("COMPLAINT_LIMITS", () => {
  it("are the limits the complaint schema enforces", async () => {
    const { COMPLAINT_LIMITS } = await import("@/lib/workflow/inputs/complaint-limits");
    expect(limitsOf(z.object(complaintFields))).toMatchObject(COMPLAINT_LIMITS);
  });
});

describe("limitsOf on the step inputs", () => {
  it("reads through a refined or transformed form schema to its fields", async () => {
    const { dispositionInput, quickReviewInput } = await import("@/lib/workflow/inputs/review");
    const { approveReportInput, findingInput, reportInput } = await import("@/lib/workflow/inputs/execution");
    const { teamPlanInput } = await import("@/lib/workflow/inputs/team");
    expect(limitsOf(dispositionInput).instructions).toBe(2000);
    expect(limitsOf(quickReviewInput).summary).toBe(4000);
    expect(limitsOf(approveReportInput).notes).toBe(3000);
    expect(limitsOf(findingInput)).toMatchObject({ allegation: 2000, condition: 5000, recommendation: 3000 });
    expect(limitsOf(teamPlanInput).objectives).toBe(3000);
    // A report section of free text is counted; a section chosen from a list is not.
    const report = limitsOf(reportInput);
    expect(Object.values(report).every((n) => n === 6000 || n === 40)).toBe(true);
    // What the form counts to is what the server refuses past.
    const over = findingInput.safeParse({ caseId: "c1", allegation: "x".repeat(2001) });
    expect(over.success).toBe(false);
    expect(over.error?.issues.some((i) => i.path[0] === "allegation")).toBe(true);
  });
});

describe("limitsOf on the complainant's and the staff's messages", () => {
  it("gives the tracking page and the case page the limits their actions check", async () => {
    const { answerInput, askInput, identityRequestInput } = await import("@/lib/intake/message-inputs");
    const { confirmInput } = await import("@/lib/workflow/inputs/execution");
    expect(limitsOf(answerInput)).toEqual({ body: 5000 });
    expect(limitsOf(askInput).question).toBe(3000);
    expect(limitsOf(identityRequestInput).reason).toBe(1000);
    expect(limitsOf(confirmInput).note).toBe(3000);
    expect(answerInput.safeParse({ body: "x".repeat(5001) }).success).toBe(false);
  });
});
