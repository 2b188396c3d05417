// Load for the benchmarks: an open loop (requests leave on a fixed schedule
// whether or not earlier ones have answered, so a slow server cannot slow the
// load down and hide its own latency) and a closed loop (N clients, each
// sending the next request when the last one answered) for throughput.
import { readFileSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";

export interface Sample {
  ms: number;
  ok: boolean;
  kind: string;
}

export interface Summary {
  count: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
}

/** One request: resolves to its kind and whether the answer was right. */
export type Shot = (n: number) => Promise<{ kind: string; ok: boolean }>;

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)]! : NaN);

export function summarise(samples: Sample[], seconds: number): Summary {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  return {
    count: samples.length,
    errors: samples.filter((s) => !s.ok).length,
    p50: pct(ms, 0.5),
    p95: pct(ms, 0.95),
    p99: pct(ms, 0.99),
    max: ms[ms.length - 1] ?? NaN,
    perSecond: samples.length / seconds,
  };
}

async function timed(shot: Shot, n: number): Promise<Sample> {
  const t = performance.now();
  try {
    const { kind, ok } = await shot(n);
    return { ms: performance.now() - t, ok, kind };
  } catch {
    return { ms: performance.now() - t, ok: false, kind: "error" };
  }
}

/** `rate` requests per second for `seconds`, on schedule. */
export async function openLoop(rate: number, seconds: number, shot: Shot): Promise<Sample[]> {
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const pending: Promise<Sample>[] = [];
  for (let n = 0; n < total; n++) {
    const due = start + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(timed(shot, n));
  }
  return Promise.all(pending);
}

/** `clients` sending back to back for `seconds`: the most the server answers. */
export async function closedLoop(clients: number, seconds: number, shot: Shot): Promise<Sample[]> {
  const end = performance.now() + seconds * 1000;
  const samples: Sample[] = [];
  let n = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) samples.push(await timed(shot, n++));
    }),
  );
  return samples;
}

/** A fixed number of requests, `clients` at a time. */
export async function batch(count: number, clients: number, shot: Shot): Promise<Sample[]> {
  const samples: Sample[] = [];
  let n = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (n < count) samples.push(await timed(shot, n++));
    }),
  );
  return samples;
}

export /** The resident memory (kB) of a process and everything it started. */
function treeRssKb(root: number): { total: number; largest: number } {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  let total = 0;
  let largest = 0;
  const walk = (pid: number) => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      const kb = m ? Number(m[1]) : 0;
      total += kb;
      largest = Math.max(largest, kb);
    } catch {
      /* ended */
    }
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return { total, largest };
}

/** Samples treeRssKb(pid) until stopped: the largest process of the tree (next-server under start.ts) at its peak. */
export function watchMemory(pid: number, everyMs = 250) {
  let peakKb = 0;
  const read = () => {
    peakKb = Math.max(peakKb, treeRssKb(pid).largest);
  };
  const timer = setInterval(read, everyMs);
  return {
    /** the peak, in MB */
    stop: async () => {
      clearInterval(timer);
      read();
      return Math.round(peakKb / 1024);
    },
  };
}

export const fmt = (x: number) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : "–");
