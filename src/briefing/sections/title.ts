// The title block: a band naming the country, then the date and data version.
import { longDate } from "../labels.ts";
import type { Briefing } from "../section.ts";
import { COLORS, STYLES } from "../theme.ts";

const BAND_PAD = 14;

export function drawTitle({ layout, data }: Briefing): void {
  const { doc } = layout;
  const { country } = data;
  const inner = layout.width - 2 * BAND_PAD;
  const kicker = "COUNTRY BRIEFING  ·  JAPAN AND CENTRAL ASIA";
  const subtitle = country.officialName ?? "One of the five Central Asian republics";
  const heights = [layout.height(kicker, "label", inner), titleHeight(layout, country.name, inner), layout.height(subtitle, "body", inner)];
  const bandHeight = heights.reduce((a, b) => a + b, 0) + 2 * BAND_PAD + 8;
  const top = doc.y;
  doc.rect(layout.left, top, layout.width, bandHeight).fill(COLORS.band);
  doc.rect(layout.left, top + bandHeight, layout.width, 3).fill(COLORS.accent);

  const x = layout.left + BAND_PAD;
  layout.use("label");
  doc.fillColor("#c8d3e3").text(kicker, x, top + BAND_PAD, { width: inner, characterSpacing: 0.6 });
  doc.y += 2;
  doc.font("bold").fontSize(TITLE_SIZE).fillColor(COLORS.bandText);
  doc.text(country.name, x, doc.y, { width: inner, height: MAX_TITLE_HEIGHT, ellipsis: true });
  doc.y += 2;
  layout.use("body");
  doc.fillColor("#dfe6ef").text(subtitle, x, doc.y, { width: inner, lineGap: STYLES.body.lineGap });

  doc.y = top + bandHeight + 10;
  layout.paragraph(
    `Dated ${longDate(data.date)}   ·   Data version ${data.dataVersion.slice(0, 12)}   ·   Rendered from the cited knowledge base of Japan's relations with the five Central Asian republics`,
    "small",
  );
  doc.y += 4;
}

const TITLE_SIZE = 26;
/** A name longer than this is cut with an ellipsis rather than fill the first page. */
const MAX_TITLE_HEIGHT = 200;

function titleHeight(layout: Briefing["layout"], name: string, width: number): number {
  layout.doc.font("bold").fontSize(TITLE_SIZE);
  return Math.min(layout.doc.heightOfString(name, { width }), MAX_TITLE_HEIGHT) + 4;
}
