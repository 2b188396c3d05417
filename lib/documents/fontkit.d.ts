// The part of fontkit (foliojs, the font engine react-pdf lays text out with)
// that lib/documents/measure.ts uses; fontkit ships no types.
declare module "fontkit" {
  export interface GlyphPosition {
    xAdvance: number;
  }
  export interface GlyphRun {
    positions: GlyphPosition[];
  }
  export interface Font {
    unitsPerEm: number;
    layout(text: string, features?: Record<string, boolean>): GlyphRun;
  }
  export function openSync(path: string): Font;
}
