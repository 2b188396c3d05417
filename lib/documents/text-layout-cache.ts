// The text-layout cache that SIPADU's patch adds to @react-pdf/layout
// (patches/@react-pdf+layout+5.2.0.patch, docs/decisions/0006-fast-letter-layout.md):
// the lines of each text, kept by content so a paragraph met again is not shaped
// and broken again. Reached through a global symbol because the package exports
// only its layout function.
export interface TextLayoutCache {
  enabled: boolean;
  /** Characters of text whose lines are kept; the least recently used go first. */
  maxChars: number;
  chars: number;
  entries: Map<string, unknown>;
  clear(): void;
}

const KEY = Symbol.for("react-pdf.textLayoutCache");

/** The cache, or undefined when the patch is not applied (the render tests fail then). */
export function textLayoutCache(): TextLayoutCache | undefined {
  return (globalThis as Record<symbol, TextLayoutCache | undefined>)[KEY];
}
