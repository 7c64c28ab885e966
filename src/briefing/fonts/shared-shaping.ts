// Word layouts (glyphs and advances) shared by every document of the process.
// Shaping a word (OpenType substitutions, kerning) is most of a render's time,
// and its result depends only on the font and the word; pdfkit caches it per
// document on its embedded font (`layoutCache`, 0.20), and here that cache is
// one per font for the whole process, so a warm process shapes each word once.
// Where pdfkit has no such cache nothing is shared: rendering is only slower.
import type { FontName } from "../fonts.ts";

const layouts = new Map<FontName, Record<string, unknown>>();

interface EmbeddedFont {
  layoutCache?: Record<string, unknown>;
}

export function shareShaping(name: FontName, embedded: EmbeddedFont | undefined): void {
  if (!embedded?.layoutCache) return;
  const shared = layouts.get(name) ?? embedded.layoutCache;
  layouts.set(name, shared);
  embedded.layoutCache = shared;
}
