// The endnotes, in number order: each a complete short reference (author or
// issuer, title, date, the place in words) with its URL as a link. Each note
// is the named destination its markers link to.
import { locatorInWords } from "../labels.ts";
import { noteDestination } from "../citations.ts";
import type { Brief } from "../section.ts";
import { fullReference, repeatReference } from "../sources.ts";
import { drawList } from "../typeset/list.ts";
import type { Run } from "../typeset/runs.ts";

export function drawEndnotes(brief: Brief): void {
  const { t, cites, data } = brief;
  const notes = cites.all();
  if (notes.length === 0) return;
  t.heading("Notes", 1, 30);
  const seen = new Set<string>();
  drawList(
    t,
    notes.map((note) => {
      const source = data.sources.get(note.source);
      const first = !seen.has(note.source);
      seen.add(note.source);
      const body: Run[] = [{ text: source ? (first ? fullReference(source) : repeatReference(source)) : note.source, style: "note" }];
      if (note.locator) body.push({ text: `, ${locatorInWords(note.locator)}`, style: "note" });
      body.push({ text: ".", style: "note" });
      if (first && source?.url) body.push({ text: " ", style: "note" }, { text: source.url, style: "noteLink", url: source.url, linkLabel: source.url });
      return { label: [{ text: `${note.number}.`, style: "noteBold" }], body, destination: noteDestination(note.number) };
    }),
    // A note is read as one reference: never split between columns.
    { labelWidth: 16, spacing: 0.5, balance: true, keepWhole: 8 },
  );
}
