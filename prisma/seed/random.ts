/** A small deterministic pseudo-random generator (mulberry32): the same seed, the same demo data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Choosing with a seeded generator: any item alike, or by weight. */
export function chooser(rnd: () => number) {
  return {
    pick: <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!,
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      let r = rnd() * items.reduce((s, [, w]) => s + w, 0);
      for (const [v, w] of items) if ((r -= w) < 0) return v;
      return items[0]![0];
    },
  };
}
