// Dashboard aggregates may be up to a minute old (issue 7): one computation
// serves every reader of the same filter in that minute, and concurrent
// readers share the computation in flight. SIPADU_DASHBOARD_CACHE_S=0 turns
// it off (the benchmark measures uncached renders).
const entries = new Map<string, { at: number; value: Promise<unknown> }>();
const MAX_ENTRIES = 500;

function ttlMs(): number {
  const s = Number(process.env.SIPADU_DASHBOARD_CACHE_S ?? 60);
  return Number.isFinite(s) && s > 0 ? Math.min(s, 60) * 1000 : 0;
}

export function cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const ttl = ttlMs();
  if (!ttl) return compute();
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && now - hit.at < ttl) return hit.value as Promise<T>;
  const value = compute();
  entries.set(key, { at: now, value });
  // A failed computation is not kept.
  value.catch(() => entries.get(key)?.value === value && entries.delete(key));
  if (entries.size > MAX_ENTRIES) {
    for (const [k, e] of entries) if (now - e.at >= ttl || entries.size > MAX_ENTRIES) entries.delete(k);
  }
  return value;
}
