// The font the documents are set in: Arimo, metric-compatible with Arial,
// shipped in templates/fonts (Apache License 2.0). Never fetched, never the system's.
import path from "node:path";

export const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "templates", "fonts");

export const ARIMO = {
  regular: path.join(FONT_DIR, "Arimo_400Regular.ttf"),
  bold: path.join(FONT_DIR, "Arimo_700Bold.ttf"),
  italic: path.join(FONT_DIR, "Arimo_400Regular_Italic.ttf"),
  boldItalic: path.join(FONT_DIR, "Arimo_700Bold_Italic.ttf"),
};
