// What qualifies an aid figure, carried as a lettered note under its table:
// an approximation, a ceiling ("up to"), a basis of measurement, a scope. Read
// from the figure's own fields and the words its record uses, so that a new
// figure with such a note gets its letter without code changes.
import type { AidFigure } from "../../domain/records.ts";

export interface AidNote {
  key: string;
  text: string;
}

export function aidNotesOf(figure: AidFigure): AidNote[] {
  const notes: AidNote[] = [];
  const note = figure.note ?? "";
  if (figure.amount?.approximate) notes.push({ key: "about", text: "Approximate: the source gives the figure as “about”." });
  if (/\bup to\b/i.test(note)) notes.push({ key: "ceiling", text: "Ceiling: the amount is “up to” the figure shown, not an amount disbursed." });
  const basis = /\bon an? ([\w-]+(?: [\w-]+)?) basis\b/i.exec(note);
  if (basis) notes.push({ key: `basis:${basis[1]}`, text: `Measured on an ${basis[1]} basis.` });
  if (figure.kind === "ODA_TOTAL" && figure.basis === "COMMITMENT") {
    notes.push({ key: "form", text: "The source does not say whether this is a loan or a grant." });
  }
  if (/\bscope\b/i.test(note)) notes.push({ key: `scope:${figure.slug}`, text: firstSentence(stripLocators(note)) });
  return notes;
}

/** Letters a, b, c … for the distinct notes of a table, in order of first use. */
export class NoteLetters {
  private readonly letters = new Map<string, { letter: string; text: string }>();

  letter(note: AidNote): string {
    let entry = this.letters.get(note.key);
    if (!entry) {
      entry = { letter: String.fromCharCode(97 + this.letters.size), text: note.text };
      this.letters.set(note.key, entry);
    }
    return entry.letter;
  }

  all(): { letter: string; text: string }[] {
    return [...this.letters.values()];
  }
}

/** Curators' bracketed locators ("(article [6, p. 15] [8])", "(AVİM)") out of a reader's sentence. */
export const stripLocators = (text: string): string =>
  text.replace(/\s*\((?:[^()]*\[[^\]]*\][^()]*|article|AVİM|MOFA|JICA)\)/g, "").replace(/\s*\[[^\]]*\]/g, "").trim();

const firstSentence = (text: string): string => (/^.*?\.(?=\s|$)/.exec(text)?.[0] ?? text);
