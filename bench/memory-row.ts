// Row P9 of quality.md from bench/memory.json, written by `npm run
// bench:memory` (ten minutes of load are too long to repeat in every bench
// run): the server's resident memory at the end of the load against its
// memory after the warm-up.
import { readFile } from "node:fs/promises";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { round3 } from "./alternate.ts";
import type { BenchRow } from "./row.ts";

const TARGET = 1.25;

interface Memory {
  date: string;
  durationSeconds: number;
  warmupSeconds: number;
  requests: number;
  errors: number;
  rssMiB: { start: number; before: number; after: number; max: number; samples: number[] };
}

export async function memoryRows(): Promise<BenchRow[]> {
  const path = join(dirname(fileURLToPath(import.meta.url)), "memory.json");
  const text = await readFile(path, "utf8").catch(() => null);
  if (text === null) {
    return [{ id: "P9", figure: "not measured: run `npm run bench:memory` (10 minutes)", baseline: "—", ratio: Number.NaN, target: `≤ ${TARGET}`, met: false }];
  }
  const m = JSON.parse(text) as Memory;
  const ratio = m.rssMiB.after / m.rssMiB.before;
  const low = Math.min(...m.rssMiB.samples, m.rssMiB.after);
  return [
    {
      id: "P9",
      figure: `local server's resident memory after ${m.durationSeconds / 60} minutes of mixed misses and hits (${m.requests} requests, ${m.errors} errors; ${m.date.slice(0, 16)}): ${m.rssMiB.after} MiB`,
      baseline: `its memory after a ${m.warmupSeconds / 60}-minute warm-up of the same load: ${m.rssMiB.before} MiB (at start: ${m.rssMiB.start} MiB)`,
      ratio: round3(ratio),
      spread: `${round3(low / m.rssMiB.before)}–${round3(m.rssMiB.max / m.rssMiB.before)} over ${m.rssMiB.samples.length} samples`,
      target: `≤ ${TARGET}`,
      met: ratio <= TARGET && m.errors === 0,
    },
  ];
}
