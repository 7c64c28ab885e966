// `npm run bench`: runs every row producer, prints the rows, and writes
// bench/RESULTS.md and bench/results.json (with the last `npm run load`'s
// figures, if any). Add a producer per quality.md row.
import { writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { assetRows } from "./assets.ts";
import { briefingRows } from "./briefing.ts";
import { briefingColdStartRows } from "./briefing-cold-start.ts";
import { loadSection } from "./load-section.ts";
import { requestRows } from "./requests.ts";
import type { BenchRow } from "./row.ts";
import { throughputRows } from "./throughput.ts";

const producers: (() => Promise<BenchRow[]>)[] = [requestRows, assetRows, throughputRows, briefingRows, briefingColdStartRows];

const here = dirname(fileURLToPath(import.meta.url));
const machine = `${cpus()[0]?.model ?? "unknown CPU"} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const rows: BenchRow[] = [];
for (const produce of producers) rows.push(...(await produce()));
rows.sort((a, b) => a.id.localeCompare(b.id));

const results = { machine, date: new Date().toISOString(), rows };
const table = [
  "| id | figure | baseline | ratio | target | met |",
  "|---|---|---|---|---|---|",
  ...rows.map((r) => `| ${r.id} | ${r.figure} | ${r.baseline} | ${r.ratio} | ${r.target} | ${r.met ? "yes" : "no"} |`),
].join("\n");
await writeFile(join(here, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
const load = await loadSection(join(here, "load.json"));
await writeFile(join(here, "RESULTS.md"), `# Bench results\n\nMachine: ${machine}  \nDate: ${results.date}\n\n${table}\n${load}`);
console.log(table);
process.exit(rows.every((r) => r.met) ? 0 : 1);
