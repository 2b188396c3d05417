// Backup and restore, round trip, through the npm scripts: every table's rows
// and every stored file's hash come back exactly; a damaged backup, a restore
// without confirmation and (SQLite) a database being written to are refused.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/prisma/generated/sqlite/client";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { verifyAllChains } from "@/lib/history/chain";
import { caseWaitingFor, registerTestCase, seedCrew, type Crew } from "@/tests/workflow";
import { SAMPLE, file } from "@/tests/fixtures/files";

const config = databaseConfig();
const provider = config.provider;
let crew: Crew;

beforeAll(async () => {
  crew = await seedCrew();
  // Cases with attachments, a signed SPT (stored PDF and DOCX) and their history.
  await registerTestCase(crew, { lampiran: [file(SAMPLE.pdf(), "bukti.pdf"), file(SAMPLE.png(), "foto.png")] });
  await caseWaitingFor(crew, 9);
});

/** Every table's row count, and the hash of every stored file and history event. */
async function fingerprint() {
  const counts: Record<string, number> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const [row] = await db.$queryRawUnsafe<{ n: unknown }[]>(`SELECT COUNT(*) AS n FROM "${model}"`);
    counts[model] = Number(row!.n);
  }
  const files = (await db.storedFile.findMany({ select: { sha256: true, content: true } })).map((f) => `${f.sha256}:${Buffer.from(f.content).length}`).sort();
  const events = (await db.historyEvent.findMany({ select: { hash: true } })).map((e) => e.hash).sort();
  return { counts, files, events };
}

async function npm(script: "backup" | "restore", ...args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], { env: process.env });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (out += c.toString()));
  const [code] = (await once(child, "exit")) as [number];
  return { code, out };
}

describe(`backup and restore (${provider})`, () => {
  it("a backup restores every row and every stored file exactly; what changed after it is gone", async () => {
    const before = await fingerprint();
    expect(before.files.length).toBeGreaterThanOrEqual(4);
    const target = path.join(tmpdir(), `sipadu-cadangan-${Date.now()}.${provider === "sqlite" ? "db" : "dump"}`);
    const backup = await npm("backup", "--out", target);
    expect(backup.code, backup.out).toBe(0);
    expect(backup.out).toMatch(/Cadangan (sqlite|postgresql) tersimpan: .* SHA-256 [0-9a-f]{64}/);
    // The same name twice would overwrite a backup: refused.
    expect((await npm("backup", "--out", target)).code).toBe(1);

    // Life goes on after the backup.
    await registerTestCase(crew, { title: "Aduan setelah pencadangan" });
    await db.setting.upsert({ where: { key: "instansi" }, create: { key: "instansi", value: { ubah: true } }, update: { value: { ubah: true } } });
    expect(await fingerprint()).not.toEqual(before);

    // Without confirmation nothing happens.
    const asked = await npm("restore", target);
    expect(asked.code).toBe(2);
    expect(asked.out).toContain("MENGGANTI seluruh isi");

    await db.$disconnect();
    const restored = await npm("restore", target, "--ya");
    expect(restored.code, restored.out).toBe(0);
    expect(await fingerprint()).toEqual(before);
    expect(await db.case.count({ where: { title: "Aduan setelah pencadangan" } })).toBe(0);
    expect(await verifyAllChains(db)).toMatchObject({ ok: true });

    // A damaged backup is refused, and the database stays as it is.
    const damaged = `${target}.rusak.${provider === "sqlite" ? "db" : "dump"}`;
    const bytes = readFileSync(target);
    writeFileSync(damaged, Buffer.concat([bytes.subarray(0, Math.floor(bytes.length / 2)), Buffer.alloc(4096, 0x41)]));
    await db.$disconnect();
    const refused = await npm("restore", damaged, "--ya");
    expect(refused.code).toBe(1);
    expect(refused.out).toContain("Pemulihan gagal");
    expect(await fingerprint()).toEqual(before);
  });

  it.runIf(provider === "sqlite")("refuses to restore over a SQLite database someone is writing to", async () => {
    const target = path.join(tmpdir(), `sipadu-cadangan-sibuk-${Date.now()}.db`);
    expect((await npm("backup", "--out", target)).code).toBe(0);
    const writer = new Database(config.provider === "sqlite" ? config.file : "");
    writer.exec("BEGIN IMMEDIATE");
    try {
      const busy = await npm("restore", target, "--ya");
      expect(busy.code).toBe(1);
      expect(busy.out).toContain("Basis data sedang dipakai");
    } finally {
      writer.exec("ROLLBACK");
      writer.close();
    }
  });
});
