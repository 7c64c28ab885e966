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

/** Problems with quotes and locators of every citation of a source whose text is given. */
export function checkQuotes(data: Dataset, texts: Map<string, string>): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const check = (file: string, record: string, field: string, list: Citation[]) =>
    list.forEach((c, i) => {
      const text = texts.get(c.source);
      if (text === undefined) return;
      if (c.quote !== undefined && !text.includes(normaliseText(c.quote))) {
        issues.push({ file, record, field: `${field}.${i}.quote`, message: `not verbatim in ${c.source}: "${c.quote}"` });
      }
      for (const ref of c.locator?.match(/\[[^\]]+\]/g) ?? []) {
        if (!text.includes(ref)) issues.push({ file, record, field: `${field}.${i}.locator`, message: `${ref} is not printed in ${c.source}` });
      }
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
