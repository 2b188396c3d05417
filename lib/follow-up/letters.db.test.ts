// Issue 18: the letters to the head of the OPD, signed like the others: the request with the approval, the
// teguran on the deadline (once); the OPD's liaison downloads them and nothing else of the case.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { documentFile } from "@/lib/documents/downloads";
import { DomainError } from "@/lib/errors";
import { addCalendarDays } from "@/lib/format/dates";
import { pdfText } from "@/tests/document-text";
import { approvedCaseWithRecommendations } from "@/tests/follow-up";
import { seedCrew, type Crew } from "@/tests/workflow";
import { sendFollowUpReminders } from "./reminders";

const provider = databaseConfig().provider;
let crew: Crew;

beforeAll(async () => {
  crew = await seedCrew();
});

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof DomainError ? e.code : Promise.reject(e)),
  );

describe(`follow-up letters (${provider})`, () => {
  it("the approval sends the head of the OPD a signed, numbered request listing each recommendation and its deadline", async () => {
    const { caseId, admin, money, liaison, otherLiaison } = await approvedCaseWithRecommendations(crew);
    const request = await db.document.findFirstOrThrow({ where: { caseId, type: "SURAT_PERMINTAAN_TL" } });
    expect(request.status).toBe("DITANDATANGANI");
    expect(request.number).toMatch(/^700\.1\.2\.4\/\d+\/\d{4}$/);
    const event = await db.historyEvent.findFirstOrThrow({ where: { caseId, type: "LANGKAH_10A" }, orderBy: { seq: "desc" } });
    expect((event.data as { requestLetter?: string }).requestLetter).toBe(request.number);

    const pdf = await documentFile(liaison, request.id, "pdf");
    const text = (await pdfText(pdf.bytes)).pages.join("\n").replace(/\s+/g, " ");
    expect(text).toContain("Permintaan tindak lanjut rekomendasi hasil penanganan pengaduan");
    expect(text).toContain(admin.text);
    expect(text).toContain("1.250.000");
    expect(text).toMatch(/Kepala Dinas Uji/);
    expect(pdf.bytes.length).toBeGreaterThan(1000);
    // Another OPD's liaison, and any other document of the case: not found.
    expect(await refusal(documentFile(otherLiaison, request.id, "pdf"))).toBe("TIDAK_DITEMUKAN");
    const spt = await db.document.findFirstOrThrow({ where: { caseId, type: "SPT" } });
    expect(await refusal(documentFile(liaison, spt.id, "pdf"))).toBe("TIDAK_DITEMUKAN");
    void money;
  });

  it("on the deadline the head of the OPD gets a signed teguran for each recommendation still open, once", async () => {
    const { caseId, admin } = await approvedCaseWithRecommendations(crew);
    const deadline = admin.deadlineOn;
    await sendFollowUpReminders(addCalendarDays(deadline, -30));
    expect(await db.document.count({ where: { caseId, type: "SURAT_TEGURAN_TL" } })).toBe(0);
    await sendFollowUpReminders(deadline);
    await sendFollowUpReminders(addCalendarDays(deadline, 1));
    const letters = await db.document.findMany({ where: { caseId, type: "SURAT_TEGURAN_TL" }, orderBy: { createdAt: "asc" } });
    expect(letters).toHaveLength(2);
    expect(letters.every((l) => l.status === "DITANDATANGANI" && l.number)).toBe(true);
  });
});
