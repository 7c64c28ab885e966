// Reads the seed files and validates them as a whole: each record against its
// schema, every reference and key across files, and the editorial rules
// (seed/rules.ts). Every problem is reported in one pass: records of the wrong
// shape are left out of the later checks, but their keys still count as known,
// so that one broken record does not hide or multiply the rest. Nothing
// downstream ever sees a data set that failed here.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import { type Dataset, SEED_FILES } from "../src/domain/records.ts";
import { checkReferences } from "./references.ts";
import { releasedDate } from "./release.ts";
import { checkRules } from "./rules.ts";
import { type SeedIssue, SeedValidationError } from "./issues.ts";

export { type SeedIssue, SeedValidationError } from "./issues.ts";

export const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), "data");

export interface ValidatedDataset extends Dataset {
  /** Content hash of the validated data, releases included: changes exactly when the data or its release does. */
  version: string;
  /** The date of the release that holds this data (seed/release.ts); null when the data changed after the newest release. */
  released: string | null;
}

export type RawSeed = Record<keyof typeof SEED_FILES, unknown>;

/** The parsed seed files, and a problem for each file that could not be read or parsed. */
export async function readSeedFiles(dir: string = SEED_DIR): Promise<{ raw: RawSeed; issues: SeedIssue[] }> {
  const raw = {} as RawSeed;
  const issues: SeedIssue[] = [];
  for (const [name, { file }] of Object.entries(SEED_FILES) as [keyof RawSeed, { file: string }][]) {
    try {
      raw[name] = JSON.parse(await readFile(join(dir, file), "utf8"));
    } catch (error) {
      issues.push({ file, record: "(file)", field: "(file)", message: (error as Error).message });
    }
  }
  return { raw, issues };
}

/** Reads and validates the seed folder; throws SeedValidationError listing every problem. */
export async function loadDataset(dir: string = SEED_DIR): Promise<ValidatedDataset> {
  const { raw, issues } = await readSeedFiles(dir);
  if (issues.length > 0) throw new SeedValidationError(issues);
  return validateDataset(raw);
}

/** Validates already-parsed seed files (one array per file); a file not given holds no records. */
export function validateDataset(raw: Partial<RawSeed>): ValidatedDataset {
  const { data, issues } = inspectDataset(raw);
  if (issues.length > 0) throw new SeedValidationError(issues);
  return { ...data, version: datasetVersion(data), released: releasedDate(data) };
}

/** The records of the right shape, and every problem found in the whole data set. */
export function inspectDataset(raw: Partial<RawSeed>): { data: Dataset; issues: SeedIssue[] } {
  const issues: SeedIssue[] = [];
  const data = {} as Dataset;
  const knownKeys = {} as Record<keyof RawSeed, Set<string>>;
  for (const [name, spec] of Object.entries(SEED_FILES) as [keyof RawSeed, (typeof SEED_FILES)[keyof RawSeed]][]) {
    const records = raw[name];
    const valid: unknown[] = [];
    knownKeys[name] = new Set();
    if (records === undefined) {
      // A file not given: unreadable ones are reported by readSeedFiles.
    } else if (!Array.isArray(records)) {
      issues.push({ file: spec.file, record: "(file)", field: "(root)", message: "must be an array of records" });
    } else {
      const seen = new Set<string>();
      records.forEach((record, index) => {
        const label = recordLabel(record, index);
        const rawKey = looseKey(record);
        if (rawKey !== undefined) knownKeys[name].add(rawKey);
        const parsed = (spec.schema as z.ZodType).safeParse(record);
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
  issues.push(...checkReferences(data, knownKeys), ...checkRules(data));
  return { data, issues };
}

function looseKey(record: unknown): string | undefined {
  const r = (record ?? {}) as Record<string, unknown>;
  const key = r.slug ?? r.code ?? r.ordinal;
  return key === undefined ? undefined : String(key);
}

function recordLabel(record: unknown, index: number): string {
  const key = looseKey(record);
  return key === undefined ? `#${index}` : `#${index} (${key})`;
}

function datasetVersion(data: Dataset): string {
  return createHash("sha256").update(JSON.stringify(data)).digest("hex").slice(0, 12);
}
