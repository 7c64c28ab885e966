// Numbered citations: each distinct (source, locator) gets the next number the
// first time the document cites it, and the sources list resolves every number.
import type { Citation } from "../domain/records.ts";

export interface NumberedCitation {
  number: number;
  source: string;
  locator: string | undefined;
}

export class CitationRegistry {
  private readonly numbers = new Map<string, NumberedCitation>();

  /** The marker for these citations, such as "[1, 4]", numbering new ones. */
  cite(citations: readonly Citation[]): string {
    const numbers = new Set<number>();
    for (const c of citations) {
      const key = `${c.source}\u0000${c.locator ?? ""}`;
      let entry = this.numbers.get(key);
      if (!entry) {
        entry = { number: this.numbers.size + 1, source: c.source, locator: c.locator };
        this.numbers.set(key, entry);
      }
      numbers.add(entry.number);
    }
    return numbers.size === 0 ? "" : `[${[...numbers].sort((a, b) => a - b).join(", ")}]`;
  }

  /** The marker `cite` would print, without numbering anything: for measuring. */
  peek(citations: readonly Citation[]): string {
    let next = this.numbers.size;
    const numbers = citations.map((c) => this.numbers.get(`${c.source}\u0000${c.locator ?? ""}`)?.number ?? ++next);
    return numbers.length === 0 ? "" : `[${[...new Set(numbers)].join(", ")}]`;
  }

  /** Every numbered citation, grouped by source in order of first citation. */
  bySource(): { source: string; entries: NumberedCitation[] }[] {
    const groups = new Map<string, NumberedCitation[]>();
    for (const entry of this.numbers.values()) {
      const group = groups.get(entry.source) ?? [];
      group.push(entry);
      groups.set(entry.source, group);
    }
    return [...groups].map(([source, entries]) => ({ source, entries }));
  }
}
