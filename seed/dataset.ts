// Reads the seed files and validates them as a whole: each record against its
// schema, then every reference and key across files. Nothing downstream ever
// sees a data set that failed here.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { type Citation, type Dataset, SEED_FILES } from "../src/domain/records.ts";

export const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), "data");

export interface SeedIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

export class SeedValidationError extends Error {
  readonly issues: SeedIssue[];
  constructor(issues: SeedIssue[]) {
    super(
      `seed data is invalid (${issues.length} problem${issues.length === 1 ? "" : "s"}); nothing was written:\n` +
        issues.map((i) => `  ${i.file} › ${i.record} › ${i.field}: ${i.message}`).join("\n"),
    );
    this.name = "SeedValidationError";
    this.issues = issues;
  }
}

export interface ValidatedDataset extends Dataset {
  /** Content hash of the validated data: changes exactly when the data does. */
  version: string;
}

type Raw = Record<keyof typeof SEED_FILES, unknown>;

/** Reads and validates the seed folder; throws SeedValidationError listing every problem. */
export async function loadDataset(dir: string = SEED_DIR): Promise<ValidatedDataset> {
  const raw = {} as Raw;
  const issues: SeedIssue[] = [];
  for (const [name, { file }] of Object.entries(SEED_FILES) as [keyof Raw, { file: string }][]) {
    try {
      raw[name] = JSON.parse(await readFile(join(dir, file), "utf8"));
    } catch (error) {
      issues.push({ file, record: "(file)", field: "(file)", message: (error as Error).message });
    }
  }
  if (issues.length > 0) throw new SeedValidationError(issues);
  return validateDataset(raw);
}

/** Validates already-parsed seed files (one array per file). */
export function validateDataset(raw: Raw): ValidatedDataset {
  const issues: SeedIssue[] = [];
  const data = {} as Dataset;
  for (const [name, spec] of Object.entries(SEED_FILES) as [keyof Raw, (typeof SEED_FILES)[keyof Raw]][]) {
    const records = raw[name];
    const valid: unknown[] = [];
    if (!Array.isArray(records)) {
      issues.push({ file: spec.file, record: "(file)", field: "(root)", message: "must be an array of records" });
    } else {
      const seen = new Set<string>();
      records.forEach((record, index) => {
        const parsed = (spec.schema as z.ZodType).safeParse(record);
        const label = recordLabel(record, index);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) {
            issues.push({ file: spec.file, record: label, field: issue.path.join(".") || "(record)", message: issue.message });
          }
          return;
        }
        const key = (spec.key as (r: unknown) => string)(parsed.data);
        if (seen.has(key)) issues.push({ file: spec.file, record: label, field: "(key)", message: `duplicate key "${key}"` });
        seen.add(key);
        valid.push(parsed.data);
      });
    }
    (data as unknown as Record<string, unknown[]>)[name] = valid;
  }
  if (issues.length === 0) issues.push(...checkReferences(data));
  if (issues.length > 0) throw new SeedValidationError(issues);
  return { ...data, version: datasetVersion(data) };
}

function recordLabel(record: unknown, index: number): string {
  const r = (record ?? {}) as Record<string, unknown>;
  const key = r.slug ?? r.code ?? r.ordinal;
  return key === undefined ? `#${index}` : `#${index} (${String(key)})`;
}

function checkReferences(data: Dataset): SeedIssue[] {
  const issues: SeedIssue[] = [];
  const sources = new Set(data.sources.map((s) => s.slug));
  const countries = new Set(data.countries.map((c) => c.code));
  const periods = new Map(data.periods.map((p) => [p.ordinal, p]));
  const initiatives = new Set(data.initiatives.map((i) => i.slug));

  const cite = (file: string, record: string, field: string, list: Citation[]) =>
    list.forEach((c, i) => {
      if (!sources.has(c.source)) issues.push({ file, record, field: `${field}.${i}.source`, message: `unknown source "${c.source}"` });
    });
  const country = (file: string, record: string, field: string, code: string) => {
    if (!countries.has(code)) issues.push({ file, record, field, message: `unknown country "${code}"` });
  };

  data.countries.forEach((c, i) => {
    const rec = `#${i} (${c.code})`;
    cite(SEED_FILES.countries.file, rec, "citations", c.citations);
    c.facts.forEach((f, j) => cite(SEED_FILES.countries.file, rec, `facts.${j}.citations`, f.citations));
  });
  data.periods.forEach((p, i) => {
    const rec = `#${i} (${p.ordinal})`;
    cite(SEED_FILES.periods.file, rec, "citations", p.citations);
    if (p.endYear !== null && p.endYear < p.startYear) {
      issues.push({ file: SEED_FILES.periods.file, record: rec, field: "endYear", message: "must not be before startYear" });
    }
  });
  data.initiatives.forEach((it, i) => {
    const file = SEED_FILES.initiatives.file;
    const rec = `#${i} (${it.slug})`;
    cite(file, rec, "citations", it.citations);
    it.countries.forEach((code, j) => country(file, rec, `countries.${j}`, code));
    if (new Set(it.countries).size !== it.countries.length) issues.push({ file, record: rec, field: "countries", message: "lists a country twice" });
    const period = periods.get(it.period);
    if (!period) issues.push({ file, record: rec, field: "period", message: `unknown period ${it.period}` });
    else if (it.year < period.startYear || (period.endYear !== null && it.year > period.endYear)) {
      issues.push({ file, record: rec, field: "year", message: `${it.year} is outside period ${it.period} (${period.startYear}–${period.endYear ?? "present"})` });
    }
    if (it.endYear !== undefined && it.endYear < it.year) issues.push({ file, record: rec, field: "endYear", message: "must not be before year" });
  });
  data.aidFigures.forEach((a, i) => {
    const file = SEED_FILES.aidFigures.file;
    const rec = `#${i} (${a.slug})`;
    cite(file, rec, "citations", a.citations);
    if (a.country !== null) country(file, rec, "country", a.country);
    if (a.initiative !== undefined && !initiatives.has(a.initiative)) {
      issues.push({ file, record: rec, field: "initiative", message: `unknown initiative "${a.initiative}"` });
    }
    if (a.amount === null && a.note === undefined) {
      issues.push({ file, record: rec, field: "note", message: "a figure marked not available needs a note saying so" });
    }
  });
  return issues;
}

function datasetVersion(data: Dataset): string {
  return createHash("sha256").update(JSON.stringify(data)).digest("hex").slice(0, 12);
}
