// The regional context, once, in a box: the "Central Asia plus Japan"
// dialogue from its records (the launch, the Action Plan's pillars as a list,
// the ministers' meetings), and the regional figures whose scope matters. The
// regional brief leaves the meetings out: its period list tells them already.
import type { Initiative } from "../../domain/records.ts";
import { stripLocators } from "../derive/aid-notes.ts";
import { dialogueRecords } from "../derive/scope.ts";
import { formatMoney } from "../../domain/money.ts";
import { initiativeWhen, inWords, typographic } from "../labels.ts";
import type { Brief } from "../section.ts";
import { COLORS } from "../theme.ts";
import { drawBox } from "../typeset/box.ts";
import { drawList } from "../typeset/list.ts";

export function drawDialogueBox(brief: Brief, options: { figures: boolean; meetings: boolean }): void {
  const { t, cites, data } = brief;
  const records = dialogueRecords(data.initiatives);
  const launch = records.find((i) => i.kind === "DIALOGUE");
  if (!launch) return;
  drawBox(t, COLORS.accent, () => {
    t.heading(`Regional context: ${typographic(launch.name)}`, 2, 50);
    t.paragraph([{ text: typographic(launch.summary), style: "body" }, ...cites.cite(launch.citations)]);
    const plan = records.find((i) => pillarsOf(i).length > 0);
    if (plan) {
      t.frame.gap(4);
      t.paragraph([{ text: `Its framework (${plan.year}) has ${inWords(pillarsOf(plan).length)} pillars:`, style: "body" }, ...cites.cite(plan.citations)], { keepWithNext: 30 });
      drawList(t, pillarsOf(plan).map((p) => ({ label: [{ text: "•", style: "bodyBold" }], body: [{ text: p, style: "body" }] })), { labelWidth: 11 });
    }
    const meetings = records.filter((i) => i.kind === "MEETING");
    if (options.meetings && meetings.length > 0) {
      t.frame.gap(4);
      t.paragraph([{ text: "Foreign ministers’ meetings on record:", style: "body" }], { keepWithNext: 30 });
      drawList(
        t,
        meetings.map((m) => ({ label: [{ text: initiativeWhen(m), style: "bodyBold" }], body: [{ text: typographic(m.summary), style: "body" }, ...cites.cite(m.citations)] })),
        { labelWidth: 54, spacing: 3 },
      );
    }
    if (options.figures) drawScopedFigures(brief);
  });
}

/** The pillars a record lists after "pillars:", up to the end of that list. */
export function pillarsOf(i: Initiative): string[] {
  const list = /pillars:\s*([^.;]*?)(?:,\s*as\b|\.|;|$)/.exec(i.summary)?.[1];
  if (!list) return [];
  return list
    .split(/,\s*(?:and\s+)?|\s+and\s+(?=[a-z]+\s+(?:and|dialogue|cooperation|promotion|exchange))/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1));
}

/** Regional figures that differ in scope, each with its scope in words. */
function drawScopedFigures(brief: Brief): void {
  const { t, cites, data } = brief;
  const scoped = data.aidFigures.filter((f) => f.country === null && /\bscope\b/i.test(f.note ?? ""));
  if (scoped.length === 0) return;
  t.frame.gap(4);
  const initiative = data.initiatives.find((i) => i.slug === scoped[0]?.initiative);
  t.paragraph([{ text: initiative ? `${typographic(initiative.name)}, as the two sources measure them:` : "Regional figures and their scopes:", style: "body" }], {
    keepWithNext: 30,
  });
  drawList(
    t,
    scoped.map((f) => ({
      label: [{ text: "•", style: "bodyBold" }],
      body: [{ text: `${f.amount ? formatMoney(f.amount) : "N/A"}: ${typographic(firstSentence(stripLocators(f.note ?? "")))}`, style: "body" }, ...cites.cite(f.citations)],
    })),
    { labelWidth: 11, spacing: 2 },
  );
}

const firstSentence = (text: string) => (/^.*?\.(?=\s|$)/.exec(text)?.[0] ?? text);
