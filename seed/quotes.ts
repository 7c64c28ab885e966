// Every quote is verbatim in its source's text, and every reference a locator
// names is printed there. Only whitespace and the style of quote marks are
// normalised: a changed word, a dropped comma or a mended typo is a problem.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { type Citation, type Dataset, SEED_FILES } from "../src/domain/records.ts";
import type { SeedIssue } from "./issues.ts";

export const normaliseText = (text: string) =>
  text
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/\s+/g, " ")
    .trim();

/** Reads the text of every source that names one from `dir`, normalised; a missing file is a problem. */
export async function readSourceTexts(data: Dataset, dir: string): Promise<{ texts: Map<string, string>; issues: SeedIssue[] }> {
  const texts = new Map<string, string>();
  const issues: SeedIssue[] = [];
  for (const [i, source] of data.sources.entries()) {
    if (!source.textFile) continue;
    try {
      texts.set(source.slug, normaliseText(await readFile(join(dir, source.textFile), "utf8")));
    } catch (error) {
      issues.push({ file: SEED_FILES.sources.file, record: `#${i} (${source.slug})`, field: "textFile", message: (error as Error).message });
    }
  }
  return { texts, issues };
}

const reference = () => /\[\d[^\]]*\]/g;
const SENTENCE_END = /[.!?]["')]? ["A-Z]/;

/**
 * Where a locator says the quoted sentence carries a reference, it must be the
 * first printed from the quote on; a footnote's own text follows its marker.
 * A paragraph-level locator ("(paragraph ¶3)") only needs the reference printed.
 */
function misplaced(text: string, at: number, length: number, ref: string, locator: string): string | undefined {
  if (locator.includes("(paragraph")) return undefined;
  if (locator.endsWith(" text")) {
    const before = [...text.slice(0, at).matchAll(reference())].at(-1)?.[0];
    return before === ref ? undefined : `the quote is not in the text of ${ref}`;
  }
  const after = reference();
  after.lastIndex = at;
  const next = after.exec(text);
  const mark = ' mark paragraph-level attribution "(paragraph ¶n)"';
  if (next?.[0] !== ref) return `the first reference after the quote is ${next?.[0] ?? "none"}, not ${ref};${mark}`;
  const between = text.slice(at + length, next.index);
  return SENTENCE_END.test(between) ? `a sentence ends between the quote and ${ref};${mark}` : undefined;
}

/** Problems with quotes and locators of every citation of a source whose text is given. */
export function checkQuotes(data: Dataset, texts: Map<string, string>): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const check = (file: string, record: string, field: string, list: Citation[]) =>
    list.forEach((c, i) => {
      const text = texts.get(c.source);
      if (text === undefined) return;
      const at = c.quote === undefined ? -1 : text.indexOf(normaliseText(c.quote));
      if (c.quote !== undefined && at < 0) {
        issues.push({ file, record, field: `${field}.${i}.quote`, message: `not verbatim in ${c.source}: "${c.quote}"` });
      }
      const refs = c.locator?.match(/\[[^\]]+\]/g) ?? [];
      for (const ref of refs) {
        if (!text.includes(ref)) issues.push({ file, record, field: `${field}.${i}.locator`, message: `${ref} is not printed in ${c.source}` });
      }
      const placed = at >= 0 && refs[0] !== undefined && text.includes(refs[0]) ? misplaced(text, at, normaliseText(c.quote ?? "").length, refs[0], c.locator ?? "") : undefined;
      if (placed) issues.push({ file, record, field: `${field}.${i}.locator`, message: placed });
    });
  const each = <T>(name: keyof typeof SEED_FILES, list: T[], key: (r: T) => string, visit: (r: T, rec: string, file: string) => void) =>
    list.forEach((r, i) => visit(r, `#${i} (${key(r)})`, SEED_FILES[name].file));

  each("countries", data.countries, (c) => c.code, (c, rec, file) => {
    check(file, rec, "citations", c.citations);
    c.facts.forEach((f, j) => check(file, rec, `facts.${j}.citations`, f.citations));
  });
  each("periods", data.periods, (p) => String(p.ordinal), (p, rec, file) => check(file, rec, "citations", p.citations));
  each("initiatives", data.initiatives, (r) => r.slug, (r, rec, file) => check(file, rec, "citations", r.citations));
  each("aidFigures", data.aidFigures, (r) => r.slug, (r, rec, file) => check(file, rec, "citations", r.citations));
  each("statements", data.statements, (r) => r.slug, (r, rec, file) => check(file, rec, "citations", r.citations));
  each("contextFigures", data.contextFigures, (r) => r.slug, (r, rec, file) => check(file, rec, "citations", r.citations));
  return issues;
}
