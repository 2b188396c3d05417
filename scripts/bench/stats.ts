// What the in-process benchmarks share: the statistics they report and how
// a benchmark script ends (exit 1 on a missed target or an error).
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
export const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Runs a benchmark's main: a missed target (main returns false) or an error exits 1. */
export function runBenchmark(main: () => Promise<boolean>): void {
  main()
    .then((ok) => {
      if (!ok) console.error("a target was missed (see BENCHMARKS.md)");
      process.exit(ok ? 0 : 1);
    })
    .catch((e) => {
      console.error(e);
      process.exit(1);
    });
}
