// The briefing's fonts parsed once per process, each on first use. pdfkit
// accepts a parsed fontkit font in place of bytes; parsing per document (the
// kerning tables above all) would otherwise be most of a render's time, and a
// cold start parses only the faces a document selects. Each document still
// embeds its own subset.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { FONT_FILES, type FontName } from "../fonts.ts";

/** The fontkit that pdfkit itself depends on, found from pdfkit's own folder. */
const fontkit = createRequire(createRequire(import.meta.url).resolve("pdfkit"))("fontkit") as { create(data: Uint8Array): object };

const parsed = new Map<FontName, object>();

export function parsedFont(name: FontName): object {
  let font = parsed.get(name);
  if (!font) {
    font = fontkit.create(readFileSync(FONT_FILES[name]));
    parsed.set(name, font);
  }
  return font;
}
