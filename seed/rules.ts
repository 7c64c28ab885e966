// Editorial rules a record must keep beyond its shape (seed/README.md explains
// each): nothing stated beyond its citations, dates in their documented
// meaning, kinds that say what the source says, locators in one convention.
import { type Citation, type Dataset, SEED_FILES } from "../src/domain/records.ts";
import type { SeedIssue } from "./issues.ts";

/** The locator forms of the sources held as text (seed/README.md, "How to cite"). */
export const LOCATOR_FORMS: Record<string, RegExp> = {
  "ca-plus-japan-article": /^(?:\[[^\]]+\](?: \[[^\]]+\])*(?: \(paragraph ¶\d+\))?|¶\d+ \(no reference\)|Table 1 \[9\]|Diagram [12])$/,
  "avim-2017-15": /^(?:footnote \[\d+\](?: text)?|¶\d+ \(no footnote\)|title page|about the author)$/,
};

const NUMBER = /\d+(?:[.,]\d+)*/g;
// "Table 1" and "Diagram 2" name parts of a source, not figures.
const numbersIn = (text: string) => new Set(text.replace(/\b(?:Table|Diagram) \d+/g, "").match(NUMBER) ?? []);

export function checkRules(data: Dataset): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const add = (file: string, record: string, field: string, message: string) => issues.push({ file, record, field, message });
  const heldAsText = new Set(data.sources.filter((s) => s.textFile).map((s) => s.slug));

  /** Each number in a text appears in a quote of its citations or in the record's own years. */
  const figuresCited = (file: string, rec: string, field: string, text: string, citations: Citation[], years: (number | null | undefined)[]) => {
    // Sources not held as text cannot be checked; a record resting on one is left to the curator.
    if (citations.some((c) => !heldAsText.has(c.source))) return;
    const allowed = new Set([...citations.flatMap((c) => [...numbersIn(c.quote ?? "")]), ...years.filter((y) => y != null).map(String)]);
    const missing = [...numbersIn(text)].filter((n) => !allowed.has(n));
    if (missing.length > 0) add(file, rec, field, `states ${missing.join(", ")}, which no quote of its citations gives`);
  };
  const citationsKept = (file: string, rec: string, field: string, list: Citation[]) =>
    list.forEach((c, i) => {
      const form = LOCATOR_FORMS[c.source];
      if (heldAsText.has(c.source) && c.quote === undefined) add(file, rec, `${field}.${i}.quote`, "a citation of a source held as text quotes the sentence it rests on");
      if (form && (c.locator === undefined || !form.test(c.locator))) add(file, rec, `${field}.${i}.locator`, `"${c.locator ?? ""}" is not in the locator convention of ${c.source} (seed/README.md)`);
    });

  data.countries.forEach((c, i) => {
    const file = SEED_FILES.countries.file;
    const rec = `#${i} (${c.code})`;
    citationsKept(file, rec, "citations", c.citations);
    const held = (list: Citation[]) => list.filter((x) => heldAsText.has(x.source));
    figuresCited(file, rec, "summary", c.summary, held([...c.citations, ...c.facts.flatMap((f) => f.citations)]), [c.diplomaticRelationsSince]);
    c.facts.forEach((f, j) => {
      citationsKept(file, rec, `facts.${j}.citations`, f.citations);
      figuresCited(file, rec, `facts.${j}.text`, f.text, f.citations, []);
    });
  });
  data.periods.forEach((p, i) => {
    const rec = `#${i} (${p.ordinal})`;
    citationsKept(SEED_FILES.periods.file, rec, "citations", p.citations);
    figuresCited(SEED_FILES.periods.file, rec, "summary", p.summary, p.citations.filter((c) => heldAsText.has(c.source)), [p.startYear, p.endYear]);
  });
  data.initiatives.forEach((it, i) => {
    const file = SEED_FILES.initiatives.file;
    const rec = `#${i} (${it.slug})`;
    citationsKept(file, rec, "citations", it.citations);
    figuresCited(file, rec, "summary", it.summary, it.citations, [it.year, it.endYear, it.signedYear, it.inForceYear, it.endedYear]);
    if (it.endYear !== undefined && it.endYear < it.year) add(file, rec, "endYear", "must not be before year");
    if (it.endedYear !== undefined && it.endYear !== it.endedYear) add(file, rec, "endYear", "an initiative that ended has endYear equal to endedYear");
    if (it.signedYear !== undefined && it.signedYear !== it.year) add(file, rec, "signedYear", "year is the year of signature where one is given");
    if (it.inForceYear !== undefined) {
      if (it.signedYear === undefined || it.inForceYear < it.signedYear) add(file, rec, "inForceYear", "comes with a signedYear no later than it");
      if (it.endYear === it.inForceYear && it.endedYear !== it.inForceYear) add(file, rec, "endYear", "is not an entry-into-force year (that is inForceYear)");
    }
    if (!it.topics) add(file, rec, "topics", "name at least one topic");
    const labels = it.amounts.map((a) => a.label);
    if (new Set(labels).size !== labels.length) add(file, rec, "amounts", "two amounts share a label; a client cannot tell them apart");
  });
  data.aidFigures.forEach((a, i) => {
    const file = SEED_FILES.aidFigures.file;
    const rec = `#${i} (${a.slug})`;
    citationsKept(file, rec, "citations", a.citations);
    if (a.amount === null && a.note === undefined) add(file, rec, "note", "a figure marked not available needs a note saying so");
    if ((a.scope === "COUNTRY") !== (a.country !== null)) add(file, rec, "scope", "is COUNTRY exactly when the figure has a country");
    if (a.kind.startsWith("ODA_") && !a.citations.some((c) => /\bODA\b|official development assistance/i.test(c.quote ?? ""))) {
      add(file, rec, "kind", `${a.kind} needs a citation whose quote calls the amount ODA`);
    }
  });
  const contrasts = new Map(data.statements.map((s) => [s.slug, new Set(s.contrasts)]));
  data.statements.forEach((s, i) => {
    const file = SEED_FILES.statements.file;
    const rec = `#${i} (${s.slug})`;
    citationsKept(file, rec, "citations", s.citations);
    figuresCited(file, rec, "text", s.text, s.citations, []);
    for (const other of s.contrasts) {
      if (contrasts.get(other) && !contrasts.get(other)?.has(s.slug)) add(file, rec, "contrasts", `"${other}" does not name this statement back`);
    }
  });
  data.contextFigures.forEach((f, i) => citationsKept(SEED_FILES.contextFigures.file, `#${i} (${f.slug})`, "citations", f.citations));
  return issues;
}
