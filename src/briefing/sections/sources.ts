// The sources list that resolves every citation number: each source once,
// with the numbered locators the briefing cited in it.
import type { Source } from "../../domain/records.ts";
import { publishedText } from "../labels.ts";
import type { Briefing } from "../section.ts";
import { sectionTitle } from "../section.ts";

export function drawSources(briefing: Briefing): void {
  const { layout, cites, data } = briefing;
  const groups = cites.bySource();
  sectionTitle(briefing, "Sources", layout.lines("body", 3));
  layout.paragraph("Each number in brackets in the text refers to the numbered place in a source below.", "small");
  for (const { source: slug, entries } of groups) {
    layout.gap(8);
    const source = data.sources.get(slug);
    const reference = source ? describe(source) : slug;
    layout.keepTogether(
      () =>
        layout.height(reference, "body") +
        (source?.note ? layout.height(source.note, "note") : 0) +
        entries.length * layout.lineHeight("small"),
    );
    layout.paragraph(reference, "body", { keepLines: 2 + Math.min(entries.length, 2) });
    if (source?.note) layout.paragraph(source.note, "note", { keepLines: 1 });
    for (const entry of entries) {
      layout.paragraph(entry.locator ?? "the source as a whole", "small", { lead: `[${entry.number}]`, indent: 14, keepLines: 1 });
    }
  }
}

/** "Author. Title. Publisher, 31 March 2017. URL" with whatever parts the source has. */
function describe(source: Source): string {
  const where = [source.publisher, source.published ? publishedText(source.published) : undefined].filter(Boolean).join(", ");
  const text = [source.author, source.title, where].filter(Boolean).join(". ");
  return source.url ? `${text}. ${source.url}` : `${text}.`;
}
