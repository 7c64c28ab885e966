// Japan's engagement period by period, as a compact table: each period's
// years and name, and only what concerns this country in it. The periods'
// regional story is told once, in the regional brief.
import type { Country } from "../../domain/records.ts";
import { ownInitiatives } from "../derive/scope.ts";
import { initiativeWhen, periodSpan, typographic } from "../labels.ts";
import type { Brief } from "../section.ts";
import type { Run } from "../typeset/runs.ts";
import { drawTable } from "../typeset/table.ts";

export function drawEngagement(brief: Brief, country: Country): void {
  const { t, cites, data } = brief;
  const own = ownInitiatives(data.initiatives, country, data.countries.length);
  const rows = data.periods.map((period) => {
    const items = own.filter((i) => i.period === period.ordinal);
    const what: Run[] =
      items.length === 0
        ? [{ text: "No record concerns this country alone.", style: "cell" }]
        : items.flatMap((i, n) => [
            { text: `${n > 0 ? "; " : ""}${typographic(i.name.replace(` (${country.name})`, ""))} (${initiativeWhen(i)})`, style: "cell" as const },
            ...cites.cite(i.citations),
          ]);
    return {
      cells: [[{ text: `${periodSpan(period)}`, style: "cellBold" as const }, { text: ` ${typographic(period.title)}`, style: "cell" as const }, ...cites.cite(period.citations)], what],
      rowHeader: true,
    };
  });
  drawTable(t, [{ header: [{ text: "Period", style: "cellHead" }], share: 5 }, { header: [{ text: `Concerning ${country.name}`, style: "cellHead" }], share: 6 }], rows, {
    caption: { text: "Japan’s engagement, period by period", level: 1 },
  });
}
