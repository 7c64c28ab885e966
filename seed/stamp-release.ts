// `npm run seed:release [-- --date YYYY-MM-DD]`: records a release of the
// data as it now is in seed/data/releases.json, dated today (UTC) unless a
// date is given. Refuses data that does not validate; does nothing when the
// newest release already holds this data, so the date only moves with the data.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Release, SEED_FILES } from "../src/domain/records.ts";
import { SEED_DIR, inspectDataset, readSeedFiles } from "./dataset.ts";
import { formatIssue } from "./issues.ts";
import { contentFingerprint, newestRelease, stampRelease } from "./release.ts";

const { values } = parseArgs({ options: { date: { type: "string" }, dir: { type: "string" } } });
const dir = values.dir ?? SEED_DIR;
const today = Release.shape.released.parse(values.date ?? new Date().toISOString().slice(0, 10));

const read = await readSeedFiles(dir);
const { data, issues } = inspectDataset(read.raw);
issues.unshift(...read.issues);
const newest = newestRelease(data.releases);
if (issues.length > 0) {
  console.error(`not released: the seed data is invalid (npm run seed:check lists the problems):\n${issues.map(formatIssue).join("\n")}`);
  process.exitCode = 1;
} else if (newest && newest.released > today) {
  console.error(`not released: the newest release is dated ${newest.released}, after ${today}`);
  process.exitCode = 1;
} else {
  const fingerprint = contentFingerprint(data);
  const releases = stampRelease(data.releases, fingerprint, today);
  if (newest?.fingerprint === fingerprint) {
    console.log(`already released: the release of ${newest.released} holds this data (${fingerprint})`);
  } else {
    await writeFile(join(dir, SEED_FILES.releases.file), `${JSON.stringify(releases, null, 2)}\n`);
    console.log(`released: ${today}, content fingerprint ${fingerprint} (${SEED_FILES.releases.file})`);
  }
}
