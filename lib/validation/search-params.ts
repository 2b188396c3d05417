// URL parameters of pages: validated like any outside input. A bad value
// falls back to the default and the page says so.

export type SearchParams = Record<string, string | string[] | undefined>;

export function pageParam(params: SearchParams, name = "halaman"): { page: number; invalid: boolean } {
  const raw = params[name];
  if (raw === undefined) return { page: 1, invalid: false };
  if (typeof raw !== "string" || !/^[1-9]\d{0,4}$/.test(raw)) return { page: 1, invalid: true };
  return { page: Number(raw), invalid: false };
}

export function oneOf<T extends string>(params: SearchParams, name: string, allowed: readonly T[]): { value: T | null; invalid: boolean } {
  const raw = params[name];
  if (raw === undefined || raw === "") return { value: null, invalid: false };
  if (typeof raw === "string" && (allowed as readonly string[]).includes(raw)) return { value: raw as T, invalid: false };
  return { value: null, invalid: true };
}

export function textParam(params: SearchParams, name: string, max = 100): { value: string | null; invalid: boolean } {
  const raw = params[name];
  if (raw === undefined || raw === "") return { value: null, invalid: false };
  if (typeof raw !== "string" || raw.length > max) return { value: null, invalid: true };
  return { value: raw.trim() || null, invalid: false };
}
