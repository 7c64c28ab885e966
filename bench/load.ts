// `npm run load`: 60 s at 50 connections against the local server (quality bar
// R4), mixing GraphQL queries and briefing downloads, on loopback only. The
// server runs in its own process so that its memory is measured alone.
import { type ChildProcess, spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const PORT = Number(process.env.LOAD_PORT ?? 4400);
const DURATION_S = Number(process.env.LOAD_SECONDS ?? 60);
const WARMUP_S = 10;
const CONNECTIONS = 50;

const dashboard = await readFile(join(root, "../shared/docs/dashboard.graphql"), "utf8").catch(
  () => "{ countries { code name aidFigures { kind amount { formatted } } } periods { ordinal title } }",
);
const post = (query: string, variables?: object) => ({
  method: "POST" as const,
  path: "/graphql",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query, variables }),
});
// One in seven requests downloads a briefing; the rest are typical frontend queries.
const REQUESTS = [
  post(dashboard),
  post("query($c: String!) { country(code: $c) { name capital summary facts { topic text } } }", { c: "UZ" }),
  post("{ initiatives(first: 20, filter: { kind: PROJECT }) { edges { node { name year amounts { formatted } } } pageInfo { hasNextPage } } }"),
  post("{ aidFigures(first: 50) { edges { node { kind asOfYear amount { formatted } country { code } } } } }"),
  post("{ periods { ordinal title leaders } sources { title author } }"),
  post("{ initiatives(first: 10, filter: { text: \"dialogue\" }) { edges { node { slug } } } }"),
  { method: "GET" as const, path: "/briefings/KZ.pdf" },
];

function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server/main.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", GRAPHIQL: "false" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("/graphql")) resolve(child);
    });
  });
}

async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const run = (seconds: number) =>
  autocannon({ url: `http://127.0.0.1:${PORT}`, connections: CONNECTIONS, duration: seconds, requests: REQUESTS, timeout: 10 });

const server = await startServer();
try {
  const pid = server.pid ?? 0;
  await run(WARMUP_S);
  const before = await rssMiB(pid);
  const result = await run(DURATION_S);
  const after = await rssMiB(pid);
  const growth = after / before - 1;
  const load = {
    date: new Date().toISOString(),
    durationSeconds: DURATION_S,
    connections: CONNECTIONS,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    memoryMiB: { before: Math.round(before), after: Math.round(after), growthPercent: Math.round(growth * 1000) / 10 },
    met: result.errors === 0 && result.timeouts === 0 && result.non2xx === 0 && growth < 0.25,
  };
  await writeFile(join(here, "load.json"), `${JSON.stringify(load, null, 2)}\n`);
  console.log(JSON.stringify(load, null, 2));
  process.exitCode = load.met ? 0 : 1;
} finally {
  server.kill("SIGTERM");
}
