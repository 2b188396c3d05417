// The benchmarks' command line, read alike by every bench script: `--name n`,
// switches, and the databases to run on. Bad values stop the script with a
// message before anything is measured.
const argv = process.argv.slice(2);

export const hasSwitch = (name: string): boolean => argv.includes(`--${name}`);

/** `--name n`: a positive whole number, or `fallback` when not given. */
export function positiveArg(name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) {
    console.error(`--${name} must be a positive whole number`);
    process.exit(2);
  }
  return v;
}

/** `--provider sqlite|postgresql`, or both databases when not given. */
export function providersArg(): ("sqlite" | "postgresql")[] {
  const i = argv.indexOf("--provider");
  if (i < 0) return ["sqlite", "postgresql"];
  const p = argv[i + 1];
  if (p !== "sqlite" && p !== "postgresql") {
    console.error("--provider must be sqlite or postgresql");
    process.exit(2);
  }
  return [p];
}
