// Registers the briefing's fonts on a document under their FontName. A face
// is parsed and embedded only when the document first selects it, so a
// document pays for the faces it uses and nothing else.
import type { FontName } from "../fonts.ts";
import { fontSource, keepParsed } from "./parsed-fonts.ts";
import { usePlainShaping } from "./plain-shaping.ts";
import { shareShaping } from "./shared-shaping.ts";

type FontSelector = (name: FontName) => void;

/** A selector that sets the document's font, registering the face on first use. */
export function fontSelector(doc: PDFKit.PDFDocument): FontSelector {
  const registered = new Set<FontName>();
  return (name) => {
    if (!registered.has(name)) {
      // @types/pdfkit does not list fontkit fonts among font sources, though pdfkit takes them.
      doc.registerFont(name, fontSource(name) as Uint8Array);
      registered.add(name);
      doc.font(name);
      const embedded = (doc as unknown as { _font?: Parameters<typeof usePlainShaping>[0] & { layoutCache?: Record<string, unknown> } })._font;
      keepParsed(name, embedded?.font);
      usePlainShaping(embedded);
      shareShaping(name, embedded);
      return;
    }
    doc.font(name);
  };
}

/** Registers every face and selects the regular one: for documents outside the briefing's own typesetter. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  const select = fontSelector(doc);
  for (const name of ["italic", "semibold", "bold", "regular"] as const) select(name);
}
