// The briefing's fonts parsed once per process, each on first use. The first
// document to select a face hands pdfkit its bytes, and pdfkit parses them with
// the fontkit it imports itself; the parsed face is kept and handed to every
// later document (pdfkit accepts a parsed fontkit font in place of bytes).
// Parsing with a fontkit of our own would load a second copy of fontkit (its
// CommonJS build beside pdfkit's ES module), which cost a cold start as much
// as all four faces.
import { readFileSync } from "node:fs";
import { FONT_FILES, type FontName } from "../fonts.ts";

const parsed = new Map<FontName, object>();

/** What to register for a face: the parsed face once a document has parsed it, its bytes before. */
export function fontSource(name: FontName): object | Uint8Array {
  return parsed.get(name) ?? readFileSync(FONT_FILES[name]);
}

/** Keeps the face pdfkit parsed for a document, for the documents after it. */
export function keepParsed(name: FontName, font: object | undefined): void {
  if (font && !parsed.has(name)) parsed.set(name, font);
}
