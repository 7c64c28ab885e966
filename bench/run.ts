// `npm run bench`: runs every row producer, prints the rows, and writes
// bench/RESULTS.md and bench/results.json. Add a producer per quality.md row.
import { writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { briefingRows } from "./briefing.ts";
import type { BenchRow } from "./row.ts";

const producers: (() => Promise<BenchRow[]>)[] = [briefingRows];

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
await writeFile(join(here, "RESULTS.md"), `# Bench results\n\nMachine: ${machine}  \nDate: ${results.date}\n\n${table}\n`);
console.log(table);
process.exit(rows.every((r) => r.met) ? 0 : 1);
