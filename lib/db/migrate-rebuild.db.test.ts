// A migration that rebuilds the Case table (Prisma's CREATE new_Case … DROP
// … RENAME on SQLite; a rewriting ALTER on PostgreSQL) over a database with
// cases, history, documents and files keeps every child row, and the history
// chains still verify. On SQLite the DROP would otherwise cascade.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyAllChains } from "@/lib/history/chain";
import { diffSql, readSqliteSchema } from "@/scripts/db/prisma-cli";
import { file, SAMPLE } from "@/tests/fixtures/files";
import { caseWaitingFor, seedCrew } from "@/tests/workflow";
import { databaseConfig } from "./config";
import { migrate, migrationsDir } from "./migrate";

const config = databaseConfig();
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
const REBUILD = "29991231000000_rebuild_case";

/** Rows of every table that hangs off a case, and the files. */
async function childCounts() {
  const [history, documents, files, attachments, reporters, plans, members, messages, decisions, outbox] = await Promise.all([
    db.historyEvent.count(),
    db.document.count(),
    db.storedFile.count(),
    db.attachment.count(),
    db.reporter.count(),
    db.teamPlan.count(),
    db.teamMember.count(),
    db.message.count(),
    db.inspekturDecision.count(),
    db.outboxMessage.count({ where: { caseId: { not: null } } }),
  ]);
  return { cases: await db.case.count(), history, documents, files, attachments, reporters, plans, members, messages, decisions, outbox };
}

/** A copy of the committed migrations plus one more, as a project root for migrate(). */
function rootWith(extra: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "sipadu-migrate-"));
  roots.push(root);
  const dir = migrationsDir(config.provider, root);
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(migrationsDir(config.provider), dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    mkdirSync(path.join(dir, name), { recursive: true });
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return root;
}

describe(`a migration that rebuilds Case (${config.provider})`, () => {
  let before: Awaited<ReturnType<typeof childCounts>>;
  let rebuild = "";

  beforeAll(async () => {
    const crew = await seedCrew();
    const evidence = [file(SAMPLE.pdf(), "bukti.pdf")];
    // Cases at several points: receipt only, signed SPT, approved report and result letter.
    await caseWaitingFor(crew, 2, { lampiran: evidence });
    await caseWaitingFor(crew, 9, { lampiran: evidence });
    await caseWaitingFor(crew, 12, { lampiran: evidence });
    before = await childCounts();
    expect(before.documents).toBeGreaterThan(2);
    expect(before.files).toBeGreaterThan(before.documents);
    expect(before.history).toBeGreaterThan(10);
  }, 120_000);

  it("keeps every child row, and audit:verify still passes", async () => {
    // The change Prisma itself writes for a new column default: a table rebuild on SQLite.
    const schema = readSqliteSchema();
    const changed = schema.replace(/(reopenCount\s+Int\s+@default\()0\)/, "$11)");
    expect(changed).not.toBe(schema);
    rebuild = diffSql(config.provider, schema, changed);
    if (config.provider === "sqlite") expect(rebuild).toMatch(/DROP TABLE "Case"/);
    // PostgreSQL only alters the default; rewrite the table as well, the heaviest change it has.
    else rebuild += `\nALTER TABLE "Case" ALTER COLUMN "reopenCount" TYPE BIGINT;\nALTER TABLE "Case" ALTER COLUMN "reopenCount" TYPE INTEGER;\n`;

    expect((await migrate(config, rootWith({ [REBUILD]: rebuild }))).applied).toEqual([REBUILD]);

    expect(await childCounts()).toEqual(before);
    expect(await verifyAllChains(db)).toMatchObject({ ok: true, cases: before.cases, events: before.history });
    // Foreign keys hold again afterwards: a row pointing at no case is refused.
    await expect(
      db.historyEvent.create({ data: { caseId: "tidak-ada", seq: 1, type: "X", data: {}, prevHash: "0", hash: `h-${Date.now()}` } }),
    ).rejects.toThrow();
  }, 120_000);

  it.runIf(config.provider === "sqlite")(
    "refuses a migration that would leave rows pointing at nothing, and changes nothing",
    async () => {
      const counts = await childCounts();
      const victim = await db.case.findFirstOrThrow({ select: { id: true } });
      const root = rootWith({ [REBUILD]: rebuild, "29991231000001_orphans": `DELETE FROM "Case" WHERE "id" = '${victim.id}';\n` });
      await expect(migrate(config, root)).rejects.toThrow(/pointing at nothing/);
      expect(await childCounts()).toEqual(counts);
      expect(await db.case.findUnique({ where: { id: victim.id }, select: { id: true } })).not.toBeNull();
    },
    60_000,
  );
});
