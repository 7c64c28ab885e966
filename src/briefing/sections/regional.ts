// Regional context: the "Central Asia plus Japan" dialogue as the initiatives
// data records it (its launch, the Action Plan's five pillars, the ministers'
// meetings), and the aid figures given for the region as a whole.
import { INITIATIVE_KIND, initiativeWhen } from "../labels.ts";
import type { Briefing } from "../section.ts";
import { sectionTitle } from "../section.ts";
import { drawAidTable } from "./aid.ts";

export function drawRegional(briefing: Briefing): void {
  const { layout, cites, data } = briefing;
  const { dialogue, aidFigures } = data.region;
  const intro =
    "Japan deals with the five republics together as well as one by one. The records below trace the regional " +
    "“Central Asia plus Japan” dialogue, in which every republic takes part.";
  sectionTitle(briefing, "Regional context: the “Central Asia plus Japan” dialogue", layout.lines("body", 3));
  layout.paragraph(intro, "body");
  for (const initiative of dialogue) {
    layout.gap(6);
    const title = `${initiativeWhen(initiative)} · ${initiative.name}`;
    const lead = `${INITIATIVE_KIND[initiative.kind]}.`;
    layout.keepTogether(
      () =>
        layout.height(title, "bodyBold") +
        layout.height(`${lead} ${initiative.summary} ${cites.peek(initiative.citations)}`, "body") +
        (initiative.note ? layout.height(initiative.note, "note") : 0),
    );
    layout.heading(title, "bodyBold", layout.lines("body", 2));
    layout.doc.y -= 3;
    layout.paragraph(initiative.summary, "body", { cite: cites.cite(initiative.citations), lead });
    if (initiative.note) layout.paragraph(initiative.note, "note", { keepLines: 1 });
  }
  if (dialogue.length === 0) layout.paragraph("No record of the dialogue is on file.", "note");

  layout.gap(12);
  layout.heading("Aid figures for the region as a whole", "h2", 50);
  drawAidTable(briefing, aidFigures);
}
