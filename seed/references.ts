// Every reference across the seed files resolves: citations to sources,
// countries, periods, initiatives and contrasted statements. A key of a record
// that failed its shape check still counts as known, so that it is reported
// once, for its shape, and not again for every record that names it.
import { type Citation, type Dataset, SEED_FILES } from "../src/domain/records.ts";
import type { SeedIssue } from "./issues.ts";

type Keys = Record<keyof typeof SEED_FILES, Set<string>>;

export function checkReferences(data: Dataset, known: Keys): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const periods = new Map(data.periods.map((p) => [p.ordinal, p]));
  const add = (file: string, record: string, field: string, message: string) => issues.push({ file, record, field, message });

  const cite = (file: string, record: string, field: string, list: Citation[]) =>
    list.forEach((c, i) => {
      if (!known.sources.has(c.source)) add(file, record, `${field}.${i}.source`, `unknown source "${c.source}"`);
    });
  const countries = (file: string, record: string, field: string, codes: string[]) => {
    codes.forEach((code, j) => {
      if (!known.countries.has(code)) add(file, record, `${field}.${j}`, `unknown country "${code}"`);
    });
    if (new Set(codes).size !== codes.length) add(file, record, field, "lists a country twice");
  };

  data.countries.forEach((c, i) => {
    const file = SEED_FILES.countries.file;
    const rec = `#${i} (${c.code})`;
    cite(file, rec, "citations", c.citations);
    c.facts.forEach((f, j) => cite(file, rec, `facts.${j}.citations`, f.citations));
  });
  data.periods.forEach((p, i) => {
    const rec = `#${i} (${p.ordinal})`;
    cite(SEED_FILES.periods.file, rec, "citations", p.citations);
    if (p.endYear !== null && p.endYear < p.startYear) add(SEED_FILES.periods.file, rec, "endYear", "must not be before startYear");
  });
  data.initiatives.forEach((it, i) => {
    const file = SEED_FILES.initiatives.file;
    const rec = `#${i} (${it.slug})`;
    cite(file, rec, "citations", it.citations);
    countries(file, rec, "countries", it.countries);
    const period = periods.get(it.period);
    if (!period) {
      if (!known.periods.has(String(it.period))) add(file, rec, "period", `unknown period ${it.period}`);
    } else if (it.year < period.startYear || (period.endYear !== null && it.year > period.endYear)) {
      add(file, rec, "year", `${it.year} is outside period ${it.period} (${period.startYear}–${period.endYear ?? "present"})`);
    }
  });
  data.aidFigures.forEach((a, i) => {
    const file = SEED_FILES.aidFigures.file;
    const rec = `#${i} (${a.slug})`;
    cite(file, rec, "citations", a.citations);
    if (a.country !== null) countries(file, rec, "country", [a.country]);
    if (a.initiative !== undefined && !known.initiatives.has(a.initiative)) add(file, rec, "initiative", `unknown initiative "${a.initiative}"`);
  });
  data.statements.forEach((s, i) => {
    const file = SEED_FILES.statements.file;
    const rec = `#${i} (${s.slug})`;
    cite(file, rec, "citations", s.citations);
    countries(file, rec, "countries", s.countries);
    s.contrasts.forEach((slug, j) => {
      if (!known.statements.has(slug)) add(file, rec, `contrasts.${j}`, `unknown statement "${slug}"`);
      if (slug === s.slug) add(file, rec, `contrasts.${j}`, "a statement does not contrast with itself");
    });
  });
  data.contextFigures.forEach((f, i) => cite(SEED_FILES.contextFigures.file, `#${i} (${f.slug})`, "citations", f.citations));
  return issues;
}
