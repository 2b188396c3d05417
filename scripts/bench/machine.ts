// A line describing the machine a benchmark ran on, for BENCHMARKS.md.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";

export function describeMachine(): string {
  let cpu = os.cpus()[0]?.model ?? "unknown CPU";
  try {
    const m = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m) cpu = m[1]!.trim();
  } catch {
    /* not Linux */
  }
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM, Node.js ${process.version}, ${os.type()} ${os.release()}`;
}

/** Replaces the part of BENCHMARKS.md between the section's markers (or appends it). */
export function writeSection(file: string, name: string, body: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  let text = "";
  try {
    text = readFileSync(file, "utf8");
  } catch {
    text = "# Benchmarks\n\nFigures measured by the scripts in `scripts/bench/`; each section says how to run it again.\n";
  }
  const block = `${start}\n${body.trim()}\n${end}`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  text = i >= 0 && j > i ? text.slice(0, i) + block + text.slice(j + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, text);
}
