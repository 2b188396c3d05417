// What every letter shares: the letterhead (with the coat of arms), the paper,
// the standing legal bases and the "Tembusan" list, and the signer.
import { readFileSync } from "node:fs";
import path from "node:path";
import { db, type Db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatNip } from "@/lib/staff/nip";
import { formatRank } from "@/lib/staff/pangkat";
import type { Instansi, SuratSettings } from "@/lib/settings/registry";
import { readSetting } from "@/lib/settings/settings";
import type { Letterhead, Paper } from "./model";

export const PLACEHOLDER_LAMBANG = path.join(/*turbopackIgnore: true*/ process.cwd(), "templates", "lambang-placeholder.png");

export interface LetterContext {
  letterhead: Letterhead;
  paper: Paper;
  surat: SuratSettings;
  instansi: Instansi;
}

export function letterheadLines(i: Instansi): string[] {
  return [
    i.pemerintah,
    i.nama,
    `${i.alamat}${i.kodePos ? ` ${i.kodePos}` : ""}`,
    [i.telepon && `Telepon ${i.telepon}`, i.faks && `Faksimile ${i.faks}`].filter(Boolean).join(", "),
    [i.email && `Pos-el ${i.email}`, i.laman && `Laman ${i.laman}`].filter(Boolean).join(", "),
  ].filter((l) => l.trim() !== "");
}

export async function letterContext(client: Db | Tx = db): Promise<LetterContext> {
  const [instansi, surat, lambang] = await Promise.all([readSetting(client, "instansi"), readSetting(client, "surat"), readSetting(client, "lambang")]);
  const logo = lambang
    ? { data: new Uint8Array(Buffer.from(lambang.base64, "base64")), type: lambang.mime === "image/jpeg" ? ("jpg" as const) : ("png" as const) }
    : { data: new Uint8Array(readFileSync(PLACEHOLDER_LAMBANG)), type: "png" as const };
  return { letterhead: { lines: letterheadLines(instansi), logo }, paper: surat.paper, surat, instansi };
}

export interface SignerSnapshot {
  name: string;
  rank: string | null;
  nip: string | null;
  title: string;
}

/** The active Inspektur, who signs letters (the first made, should there be two), or null. */
export function signingInspektur(client: Db | Tx = db) {
  return client.user.findFirst({ where: { role: "INSPEKTUR", active: true }, orderBy: { createdAt: "asc" } });
}

/** The one who signs letters: the active Inspektur (the signer defaults come from that user). */
export async function defaultSigner(client: Db | Tx, title: string): Promise<SignerSnapshot & { id: string; username: string }> {
  const u = await signingInspektur(client);
  if (!u) throw new DomainError("TANPA_PENANDA_TANGAN", "Belum ada penanda tangan: tidak ada pengguna aktif berperan Inspektur.");
  return { id: u.id, username: u.username, ...signerOf(u, title) };
}

export function signerOf(u: { name: string; pangkat: string | null; golongan: string | null; nip: string | null }, title: string): SignerSnapshot {
  return { name: u.name, rank: u.golongan ? formatRank(u) : null, nip: u.nip ? `NIP ${formatNip(u.nip)}` : null, title };
}
