import path from "node:path";

/** Where the embedded installation keeps its files (database, generated keys). */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.SIPADU_DATA_DIR || "data");
}
