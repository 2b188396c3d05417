// Putting a label into the middle of a sentence: "Tandatangani SPT" becomes
// "tandatangani SPT", but the official terms keep their capitals
// ("Inspektur mendisposisikan kepada Irban" stays as written). Only the first
// letter ever changes; the rest of a label is written as it should be read.

/** Words that are names or titles in Indonesian official usage, capitalised wherever they stand. */
const PROPER = new Set(["Inspektur", "Inspektorat", "Irban", "Kasubag", "Bupati", "Sekretariat", "Lapak", "Tim", "Pelapor"]);

export function lowerFirst(label: string): string {
  const first = label.split(/[\s,.;:()]/, 1)[0] ?? "";
  // An acronym (SPT, OPD, TL, WBS, "LHA") or an official term stays as it is.
  if (first.length > 1 && first === first.toUpperCase()) return label;
  if (PROPER.has(first)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
