// Sequential endnotes: each distinct (source, locator) gets the next number
// the first time the brief cites it, and its marker is a superscript link to
// the note. Numbers therefore run in reading order, 1, 2, 3 …
import type { Citation } from "../domain/records.ts";
import type { Run } from "./typeset/runs.ts";

export interface Endnote {
  number: number;
  source: string;
  locator: string | undefined;
}

export const noteDestination = (n: number): string => `note-${n}`;

export class CitationRegistry {
  private readonly notes = new Map<string, Endnote>();

  /** The superscript marker runs for these citations, numbering new ones; none for none. */
  cite(citations: readonly Citation[]): Run[] {
    const numbers: number[] = [];
    for (const c of citations) {
      const key = `${c.source}\u0000${c.locator ?? ""}`;
      let note = this.notes.get(key);
      if (!note) {
        note = { number: this.notes.size + 1, source: c.source, locator: c.locator };
        this.notes.set(key, note);
      }
      if (!numbers.includes(note.number)) numbers.push(note.number);
    }
    numbers.sort((a, b) => a - b);
    return numbers.flatMap((n, i) => [
      ...(i > 0 ? [{ text: ",", style: "marker" as const, glued: true }] : []),
      { text: String(n), style: "marker" as const, glued: true, goTo: noteDestination(n), linkLabel: `Note ${n}` },
    ]);
  }

  /** Every endnote, in number order. */
  all(): Endnote[] {
    return [...this.notes.values()];
  }
}
