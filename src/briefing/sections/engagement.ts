// Japan's engagement through the five periods: each period's summary and
// leaders, then the country's initiatives of that period, or a line saying
// there were none on record.
import { initiativeWhen, periodSpan } from "../labels.ts";
import type { Briefing } from "../section.ts";
import { sectionTitle } from "../section.ts";

export function drawEngagement(briefing: Briefing): void {
  const { layout, cites, data } = briefing;
  const name = data.country.name;
  sectionTitle(briefing, `Japan's engagement, period by period`, layout.lineHeight("h2") + 4 + layout.lines("body", 3));
  data.periods.forEach(({ period, initiatives }, index) => {
    if (index > 0) layout.gap(10);
    const title = `${period.ordinal}. ${period.title} (${periodSpan(period)})`;
    layout.heading(title, "h2", layout.lines("body", 3));
    layout.paragraph(period.summary, "body", { cite: cites.cite(period.citations) });
    if (period.leaders.length > 0) {
      layout.gap(3);
      layout.paragraph(period.leaders.join("; "), "small", { lead: "Leaders:", keepLines: 2 });
    }
    layout.gap(4);
    if (initiatives.length === 0) {
      layout.paragraph(`No initiative concerning ${name} is recorded for this period.`, "note", { keepLines: 2 });
      return;
    }
    // The label is kept with the first entries it introduces.
    layout.heading(`In ${name}:`, "bodyBold", layout.lines("body", 2));
    layout.doc.y -= 4;
    for (const initiative of initiatives) {
      layout.paragraph(`${initiativeWhen(initiative)}  ${initiative.name}`, "body", { indent: 12, keepLines: 2, lead: "•" });
    }
  });
}
