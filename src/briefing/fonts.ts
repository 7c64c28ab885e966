// The one place that knows where the briefing's fonts live. Paths resolve
// through Node's module resolution from this module, so they work from the
// repository and from a Lambda asset whose node_modules hold the font package
// next to the bundle. Open Sans (static TTFs) covers Latin Extended (Öğütcü,
// AVİM) and Cyrillic, and pdfkit embeds only the glyphs a briefing uses.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const PACKAGE = "@expo-google-fonts/open-sans";

export const FONT_FILES = {
  regular: require.resolve(`${PACKAGE}/400Regular/OpenSans_400Regular.ttf`),
  italic: require.resolve(`${PACKAGE}/400Regular_Italic/OpenSans_400Regular_Italic.ttf`),
  semibold: require.resolve(`${PACKAGE}/600SemiBold/OpenSans_600SemiBold.ttf`),
  bold: require.resolve(`${PACKAGE}/700Bold/OpenSans_700Bold.ttf`),
} as const;

export type FontName = keyof typeof FONT_FILES;

/** The fontkit that pdfkit itself depends on, found from pdfkit's own folder. */
const fontkit = createRequire(require.resolve("pdfkit"))("fontkit") as { create(data: Uint8Array): object };

let parsed: Record<FontName, object> | undefined;

/**
 * The fonts parsed once per process. pdfkit accepts a parsed fontkit font in
 * place of bytes; parsing per document (the kerning tables above all) would
 * otherwise be most of a render's time. Each document still embeds its own subset.
 */
function fonts(): Record<FontName, object> {
  parsed ??= Object.fromEntries(Object.entries(FONT_FILES).map(([name, path]) => [name, fontkit.create(readFileSync(path))])) as Record<FontName, object>;
  return parsed;
}

/** Word layouts (glyphs and advances) per font, shared by every document of the process. */
const layouts = new Map<string, Record<string, unknown>>();

/**
 * Registers the briefing's fonts on a document under their FontName, and
 * selects the regular one. Shaping a word (OpenType substitutions, kerning) is
 * most of a render's time, and its result depends only on the font and the
 * word; pdfkit caches it per document, and here that cache is shared by all
 * documents, so a warm process shapes each word once. pdfkit keeps the cache on
 * its font object (`layoutCache`, 0.20); where that is absent nothing is shared
 * and rendering is unchanged, only slower.
 */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, font] of Object.entries(fonts())) {
    // @types/pdfkit does not list fontkit fonts among font sources, though pdfkit takes them.
    doc.registerFont(name, font as Uint8Array);
    const embedded = (doc.font(name) as unknown as { _font?: { layoutCache?: Record<string, unknown> } })._font;
    if (embedded?.layoutCache) {
      const shared = layouts.get(name) ?? embedded.layoutCache;
      layouts.set(name, shared);
      embedded.layoutCache = shared;
    }
  }
  doc.font("regular");
}
