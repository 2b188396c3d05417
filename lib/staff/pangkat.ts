// Pangkat and golongan of civil servants (PNS), and PPPK golongan, which
// have no pangkat name. Stored as two fields; chosen as one.

export const PNS_PANGKAT: readonly { golongan: string; pangkat: string }[] = [
  { golongan: "I/a", pangkat: "Juru Muda" },
  { golongan: "I/b", pangkat: "Juru Muda Tingkat I" },
  { golongan: "I/c", pangkat: "Juru" },
  { golongan: "I/d", pangkat: "Juru Tingkat I" },
  { golongan: "II/a", pangkat: "Pengatur Muda" },
  { golongan: "II/b", pangkat: "Pengatur Muda Tingkat I" },
  { golongan: "II/c", pangkat: "Pengatur" },
  { golongan: "II/d", pangkat: "Pengatur Tingkat I" },
  { golongan: "III/a", pangkat: "Penata Muda" },
  { golongan: "III/b", pangkat: "Penata Muda Tingkat I" },
  { golongan: "III/c", pangkat: "Penata" },
  { golongan: "III/d", pangkat: "Penata Tingkat I" },
  { golongan: "IV/a", pangkat: "Pembina" },
  { golongan: "IV/b", pangkat: "Pembina Tingkat I" },
  { golongan: "IV/c", pangkat: "Pembina Utama Muda" },
  { golongan: "IV/d", pangkat: "Pembina Utama Madya" },
  { golongan: "IV/e", pangkat: "Pembina Utama" },
];

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"];
export const PPPK_GOLONGAN: readonly string[] = ROMAN;

/** Form value for a rank: the golongan alone (PNS golongan contain "/", PPPK ones do not). */
export interface RankOption {
  value: string;
  label: string;
}

export const RANK_OPTIONS: readonly RankOption[] = [
  ...PNS_PANGKAT.map((p) => ({ value: p.golongan, label: `${p.pangkat} (${p.golongan})` })),
  ...PPPK_GOLONGAN.map((g) => ({ value: `PPPK-${g}`, label: `PPPK golongan ${g}` })),
];

/** A rank option value → the two stored fields; null when it is no known rank. */
export function rankFromOption(value: string): { pangkat: string | null; golongan: string } | null {
  const pns = PNS_PANGKAT.find((p) => p.golongan === value);
  if (pns) return { pangkat: pns.pangkat, golongan: pns.golongan };
  if (value.startsWith("PPPK-") && PPPK_GOLONGAN.includes(value.slice(5))) return { pangkat: null, golongan: value.slice(5) };
  return null;
}

export function rankOptionOf(user: { pangkat: string | null; golongan: string | null }): string {
  if (!user.golongan) return "";
  return user.golongan.includes("/") ? user.golongan : `PPPK-${user.golongan}`;
}

/** "Pembina Utama Muda (IV/c)", "PPPK (IX)", or "—", as letters print "Pangkat/Gol.". */
export function formatRank(user: { pangkat: string | null; golongan: string | null }): string {
  if (!user.golongan) return "—";
  return user.pangkat ? `${user.pangkat} (${user.golongan})` : `PPPK (${user.golongan})`;
}
