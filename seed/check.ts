// `npm run seed:check [-- --sources <dir>]`: validates the seed folder and
// prints what it holds. With --sources, also checks that every quote is
// verbatim in its source's text in <dir>. Every problem is listed in one run.
import { parseArgs } from "node:util";
import { SEED_DIR, inspectDataset, readSeedFiles } from "./dataset.ts";
import { formatIssue } from "./issues.ts";
import { checkQuotes, readSourceTexts } from "./quotes.ts";
import { checkRelease } from "./release.ts";

const { values } = parseArgs({ options: { sources: { type: "string" }, dir: { type: "string" } }, allowPositionals: true });
const dir = values.dir ?? SEED_DIR;

const read = await readSeedFiles(dir);
const { data, issues } = inspectDataset(read.raw);
issues.unshift(...read.issues);
// Only data that validates can be released, so the release is judged last.
if (issues.length === 0) issues.push(...checkRelease(data));
let quotes = "quotes NOT checked against source texts: no --sources <dir> given";
if (values.sources) {
  const { texts, issues: missing } = await readSourceTexts(data, values.sources);
  issues.push(...missing, ...checkQuotes(data, texts));
  quotes = `quotes checked verbatim against ${texts.size} source text${texts.size === 1 ? "" : "s"} in ${values.sources}`;
}

if (issues.length > 0) {
  console.error(`seed data is invalid (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${issues.map(formatIssue).join("\n")}`);
  console.error(quotes);
  process.exitCode = 1;
} else {
  console.log("seed data is valid:");
  for (const [name, list] of Object.entries(data)) console.log(`  ${name.padEnd(14)} ${list.length}`);
  console.log(quotes);
}
