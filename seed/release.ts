// The data release: the date readers see ("data release of 23 November 2026")
// in place of a content hash. `releases.json` lists each release with the
// fingerprint of the data it released; the newest counts only while that
// fingerprint is still the data's, so a date can never outlive the data it
// dates: data changed since, and the brief says the release is pending.
// `npm run seed:release` records a new release (seed/stamp-release.ts).
import { createHash } from "node:crypto";
import { type Dataset, type Release, SEED_FILES } from "../src/domain/records.ts";
import type { SeedIssue } from "./issues.ts";

/** A hash of every record but the releases (and nothing derived from them): what a release records it released. */
export function contentFingerprint(data: Dataset): string {
  const names = Object.keys(SEED_FILES).filter((name) => name !== "releases") as (keyof Dataset)[];
  const content = Object.fromEntries(names.map((name) => [name, data[name]]));
  return createHash("sha256").update(JSON.stringify(content)).digest("hex").slice(0, 12);
}

/** The newest release (by date), if any. */
export function newestRelease(releases: readonly Release[]): Release | undefined {
  return [...releases].sort((a, b) => a.released.localeCompare(b.released)).at(-1);
}

/** The date of the release that holds this data exactly; null when the data changed after the newest. */
export function releasedDate(data: Dataset, fingerprint: string = contentFingerprint(data)): string | null {
  const newest = newestRelease(data.releases);
  return newest?.fingerprint === fingerprint ? newest.released : null;
}

/** Problems a curator must fix before the data is released: the release record is out of date. */
export function checkRelease(data: Dataset): SeedIssue[] {
  const fingerprint = contentFingerprint(data);
  if (releasedDate(data, fingerprint) !== null) return [];
  const newest = newestRelease(data.releases);
  const record = newest ? `${newest.released} (${newest.fingerprint})` : "(file)";
  const message = newest
    ? `the data changed after this release (its content fingerprint is now ${fingerprint}); run \`npm run seed:release\` to record a new release`
    : "no release recorded; run `npm run seed:release`";
  return [{ file: SEED_FILES.releases.file, record, field: "fingerprint", message }];
}

/** The releases with one for `fingerprint` on `today`: unchanged when the newest already holds it; a release of the same day is replaced. */
export function stampRelease(releases: readonly Release[], fingerprint: string, today: string): Release[] {
  if (newestRelease(releases)?.fingerprint === fingerprint) return [...releases];
  const kept = releases.filter((r) => r.released !== today).sort((a, b) => a.released.localeCompare(b.released));
  return [...kept, { released: today, fingerprint }];
}
