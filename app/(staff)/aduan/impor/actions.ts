"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/errors";
import { UPLOAD_RULES, sizeProblems } from "@/lib/files/limits";
import { importCsv, previewCsv } from "@/lib/intake/lapak-csv";

async function csvText(value: unknown): Promise<string> {
  if (!(value instanceof File) || value.size === 0) throw new ValidationError({ berkas: ["Pilih berkas CSV ekspor Lapak Aduan."] });
  const problems = sizeProblems([value], UPLOAD_RULES.csv);
  if (problems.length) throw new ValidationError({ berkas: problems });
  const text = new TextDecoder("utf-8", { fatal: false }).decode(await value.arrayBuffer());
  if (text.includes("\u0000")) throw new ValidationError({ berkas: ["Berkas ini bukan teks CSV."] });
  return text;
}

export const previewCsvAction = formAction(async (actor, input) => {
  throwIfNoPermission(actor, "lapak:import");
  const text = await csvText(input.berkas);
  const rows = await previewCsv(text);
  // The file travels back with the preview, so the import uses exactly what was previewed.
  return { data: { csv: Buffer.from(text).toString("base64"), rows: JSON.stringify(rows) } };
});

export const importCsvAction = formAction(async (actor, input) => {
  const csv = typeof input.csv === "string" ? Buffer.from(input.csv, "base64").toString("utf8") : "";
  const result = await importCsv(actor, csv);
  revalidatePath("/aduan");
  return { data: { result: JSON.stringify(result) } };
});
