// Word shaping from the character map and advance widths alone, without the
// OpenType layout engine (GSUB substitutions, GPOS kerning). For the Latin and
// Cyrillic text of the briefs (precomposed letters, no ligatures needed) it
// draws the same glyphs, unkerned; and it spares a cold process from decoding
// the layout tables and running the engine once per word, which was most of
// a brief's first render.
interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

interface PdfkitEmbeddedFont {
  scale: number;
  font: { glyphsForString(text: string): Glyph[] };
  layoutRun: (text: string, features?: unknown) => unknown;
}

export function usePlainShaping(embedded: PdfkitEmbeddedFont | undefined): void {
  if (!embedded || typeof embedded.font?.glyphsForString !== "function") return;
  embedded.layoutRun = (text: string) => {
    const glyphs = embedded.font.glyphsForString(text);
    let advanceWidth = 0;
    const positions = glyphs.map((glyph) => {
      const width = glyph.advanceWidth * embedded.scale;
      advanceWidth += width;
      return { xAdvance: width, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: width };
    });
    return { glyphs, positions, advanceWidth };
  };
}
