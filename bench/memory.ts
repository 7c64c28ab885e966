// `npm run bench:memory` (row P9 of quality.md): the local server's memory
// under a 10-minute mixed load of response-cache misses and hits, GraphQL and
// briefings, on loopback. The server runs in its own process; its resident
// set is read from /proc at start, after a warm-up, every 30 s during the load,
// and at the end. The warm-up (3 minutes) lets the bounded caches fill and the
// heap reach its working size (the resident set rises for about that long,
// then stays flat), so that growth after it is what would keep growing.
// Writes bench/memory.json, which `npm run bench` reports.
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { DASHBOARD } from "../test/support/dashboard.ts";
import { freshDashboard, nextStreamRequest } from "./miss-stream.ts";
import { startServer } from "./servers.ts";

const here = dirname(fileURLToPath(import.meta.url));
const DURATION_S = Number(process.env.MEMORY_SECONDS ?? 600);
const WARMUP_S = Number(process.env.MEMORY_WARMUP_SECONDS ?? 180);
const SAMPLE_S = 30;
const CONNECTIONS = 20;

const json = { method: "POST" as const, path: "/graphql", headers: { "content-type": "application/json" } };
// Half misses (a fresh body each time), half hits (repeated bodies and briefings).
const REQUESTS = [
  { ...json, setupRequest: (r: object) => ({ ...r, body: JSON.stringify(nextStreamRequest()) }) },
  { ...json, body: JSON.stringify({ query: DASHBOARD }) },
  { ...json, setupRequest: (r: object) => ({ ...r, body: JSON.stringify(nextStreamRequest()) }) },
  { ...json, body: JSON.stringify({ query: '{ country(code: "UZ") { name capital summary facts { topic text } } }' }) },
  { ...json, setupRequest: (r: object) => ({ ...r, body: JSON.stringify(freshDashboard()) }) },
  { method: "GET" as const, path: "/briefings/KZ.pdf" },
];

async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const server = await startServer("src/server/main.ts");
try {
  const run = (seconds: number) => autocannon({ url: server.url, connections: CONNECTIONS, duration: seconds, requests: REQUESTS, timeout: 10 });
  const start = await rssMiB(server.pid);
  await run(WARMUP_S);
  const before = await rssMiB(server.pid);
  const samples: number[] = [];
  const sampler = setInterval(() => void rssMiB(server.pid).then((mib) => samples.push(Math.round(mib))), SAMPLE_S * 1000);
  const result = await run(DURATION_S);
  clearInterval(sampler);
  const after = await rssMiB(server.pid);
  const memory = {
    date: new Date().toISOString(),
    durationSeconds: DURATION_S,
    warmupSeconds: WARMUP_S,
    connections: CONNECTIONS,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    errors: result.errors + result.timeouts + result.non2xx,
    rssMiB: { start: Math.round(start), before: Math.round(before), after: Math.round(after), max: Math.max(before, after, ...samples), samples },
    growthPercent: Math.round((after / before - 1) * 1000) / 10,
  };
  await writeFile(join(here, "memory.json"), `${JSON.stringify(memory, null, 2)}\n`);
  console.log(JSON.stringify(memory, null, 2));
} finally {
  await server.stop();
}
