// The empty routes the benchmark measures the framework's floor with (/kosong,
// /api/ping) exist only on a server the benchmark started (scripts/bench/server.ts
// sets SIPADU_BENCH_ROUTES=1); anywhere else they are not found.
export function benchRoutesEnabled(): boolean {
  return process.env.SIPADU_BENCH_ROUTES === "1";
}
