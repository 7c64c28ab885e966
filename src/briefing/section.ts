// What every section of the briefing draws with: the layout, the citation
// numbering shared by the whole document, and the gathered data.
import type { CitationRegistry } from "./citations.ts";
import type { BriefingData } from "./data.ts";
import type { Layout } from "./layout.ts";
import { COLORS, PAGE } from "./theme.ts";

export interface Briefing {
  layout: Layout;
  cites: CitationRegistry;
  data: BriefingData;
}

/** A numbered section's title with a rule above it, kept with `keepWith` points of its content. */
export function sectionTitle({ layout }: Briefing, title: string, keepWith: number): void {
  layout.gap(PAGE.sectionGap);
  layout.ensure(layout.height(title, "h1") + 10 + keepWith);
  layout.rule(COLORS.accent, 1.2);
  layout.doc.y += 5;
  layout.heading(title, "h1", keepWith);
}
