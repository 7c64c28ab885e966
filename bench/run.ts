// `npm run bench`: runs every row producer, prints the rows, and writes
// bench/RESULTS.md and bench/results.json (with the figures of the last
// `npm run load` and `npm run bench:memory`, if any). A row that misses its
// target is reported, not fatal: the run exits 0 once every producer has run,
// and 1 only when one failed. `npm run bench -- P6 P7` runs only the producers
// of those rows and prints them, leaving the results files alone.
import { writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { assetRows } from "./assets.ts";
import { briefingRows } from "./briefing.ts";
import { briefingColdStartRows } from "./briefing-cold-start.ts";
import { loadSection } from "./load-section.ts";
import { memoryRows } from "./memory-row.ts";
import { requestRows } from "./requests.ts";
import { roundTripRows } from "./round-trips.ts";
import type { BenchRow } from "./row.ts";
import { throughputRows } from "./throughput.ts";

const producers: { ids: string[]; produce: () => Promise<BenchRow[]> }[] = [
  { ids: ["P1"], produce: requestRows },
  { ids: ["P2", "P3"], produce: assetRows },
  { ids: ["P4", "P6"], produce: throughputRows },
  { ids: ["P5"], produce: briefingRows },
  { ids: ["P7"], produce: roundTripRows },
  { ids: ["P8"], produce: briefingColdStartRows },
  { ids: ["P9"], produce: memoryRows },
];

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const chosen = only.length > 0 ? producers.filter((p) => p.ids.some((id) => only.includes(id))) : producers;
const machine = `${cpus()[0]?.model ?? "unknown CPU"} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const rows: BenchRow[] = [];
const failed: string[] = [];
for (const { ids, produce } of chosen) {
  try {
    rows.push(...(await produce()));
  } catch (error) {
    failed.push(ids.join("/"));
    console.error(`bench rows ${ids.join(", ")} could not be measured:`, error);
  }
}
rows.sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));

const results = { machine, date: new Date().toISOString(), rows };
const table = [
  "| id | figure | baseline | ratio | spread | target | met |",
  "|---|---|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.id} | ${r.figure} | ${r.baseline} | ${r.ratio} | ${r.spread ?? "—"} | ${r.target} | ${r.met ? "yes" : "**no**"} |`),
].join("\n");
const unmet = rows.filter((r) => !r.met);
const summary = `${rows.length - unmet.length} of ${rows.length} rows met${unmet.length ? `; not met: ${unmet.map((r) => `${r.id} (${r.ratio}, target ${r.target})`).join(", ")}` : ""}${failed.length ? `; not measured: ${failed.join(", ")}` : ""}.`;
if (only.length === 0) {
  await writeFile(join(here, "results.json"), `${JSON.stringify({ ...results, summary }, null, 2)}\n`);
  const load = await loadSection(join(here, "load.json"));
  await writeFile(
    join(here, "RESULTS.md"),
    `# Bench results\n\nWhat each row measures and why: [README.md](README.md).\n\nMachine: ${machine}  \nDate: ${results.date}\n\n${summary}\n\n${table}\n${load}`,
  );
}
console.log(`${table}\n\n${summary}`);
process.exit(failed.length > 0 ? 1 : 0);
