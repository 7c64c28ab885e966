// `npm run load`: 60 s at 50 connections against the local server (quality bar
// R4), mixing GraphQL queries (some missing the response cache) and briefing
// downloads, on loopback only.
// `npm run load -- --mixed`: the same legitimate traffic at 100 connections for
// 3 minutes while the abuse of bench/load-attacks.ts runs beside it; its p99 is
// compared with an idle run's (legitimate traffic alone) just before.
// The server runs in its own process, with a fixed heap, so that its memory is
// measured alone. Progress is printed every 10 s.
import { type ChildProcess, spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { startAttacks } from "./load-attacks.ts";
import { type StreamRequest, freshDashboard, nextStreamRequest } from "./miss-stream.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const MIXED = process.argv.includes("--mixed");
const PORT = Number(process.env.LOAD_PORT ?? 4400);
const DURATION_S = Number(process.env.LOAD_SECONDS ?? (MIXED ? 180 : 60));
const IDLE_S = 30;
const WARMUP_S = 30;
const CONNECTIONS = MIXED ? 100 : 50;
/** The server's V8 heap limit, and the resident memory it must stay within. */
const HEAP_MIB = 512;
const RSS_BOUND_MIB = 1024;

const dashboard = await readFile(join(here, "dashboard.graphql"), "utf8");
const post = (query: string, variables?: object) => ({
  method: "POST" as const,
  path: "/graphql",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ query, variables }),
});
// A fresh query of the miss stream on every send (bench/miss-stream.ts): the response cache never answers it.
const miss = (next: () => StreamRequest) => ({ ...post("{ __typename }"), setupRequest: (request: object) => ({ ...request, body: JSON.stringify(next()) }) });
// One in nine requests downloads a briefing, two miss the response cache (a varied query, a dashboard
// under a fresh alias), and the rest are typical frontend queries that it answers once warm.
const REQUESTS = [
  miss(nextStreamRequest),
  miss(freshDashboard),
  post(dashboard),
  post("query($c: String!) { country(code: $c) { name capital summary facts { topic text } } }", { c: "UZ" }),
  post("{ initiatives(first: 20, filter: { kind: PROJECT }) { edges { node { name year amounts { formatted } } } pageInfo { hasNextPage } } }"),
  post("{ aidFigures(first: 50) { edges { node { kind asOfYear amount { formatted } country { code } } } } }"),
  post("{ periods { ordinal title leaders } sources { title author } }"),
  post('{ initiatives(first: 10, filter: { text: "dialogue" }) { edges { node { slug } } } }'),
  { method: "GET" as const, path: "/briefings/KZ.pdf" },
];

function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MIB}`, "--import", "tsx", "src/server/main.ts"], {
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

/** Legitimate traffic for `seconds`, printing progress every 10 s. */
function run(label: string, seconds: number, connections = CONNECTIONS) {
  console.log(`${label}: ${seconds} s at ${connections} connections`);
  const graphqlErrors = { count: 0 };
  return new Promise<autocannon.Result & { graphqlErrors: number }>((resolve, reject) => {
    let answered = 0;
    let failed = 0;
    // A GraphQL answer with errors is a failure too, though its status is 200.
    const setupClient = (client: { on(event: "body", listener: (body: Buffer) => void): void }) =>
      client.on("body", (body) => {
        if (body.includes('"errors"')) graphqlErrors.count++;
      });
    const options = { url: `http://127.0.0.1:${PORT}`, connections, duration: seconds, requests: REQUESTS, timeout: 10, setupClient };
    const began = Date.now();
    const progress = setInterval(() => {
      console.log(`  ${label}: ${Math.round((Date.now() - began) / 1000)} s of ${seconds}, ${answered} answered, ${failed} not 2xx or failed, ${graphqlErrors.count} with GraphQL errors`);
    }, 10_000);
    const instance = autocannon(options, (error, result) => {
      clearInterval(progress);
      return error ? reject(error) : resolve({ ...result, graphqlErrors: graphqlErrors.count });
    });
    instance.on("response", (_client, status) => {
      answered++;
      if (status >= 300) failed++;
    });
    instance.on("reqError", () => failed++);
  });
}

const figures = (r: autocannon.Result & { graphqlErrors: number }) => ({
  requests: r.requests.total,
  requestsPerSecond: Math.round(r.requests.average),
  errors: r.errors,
  timeouts: r.timeouts,
  non2xx: r.non2xx,
  graphqlErrors: r.graphqlErrors,
  latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
});

const server = await startServer();
const pid = server.pid ?? 0;
let peak = 0;
const sampler = setInterval(async () => {
  peak = Math.max(peak, await rssMiB(pid).catch(() => 0));
}, 1000);
try {
  await run("warm-up", WARMUP_S);
  const idle = MIXED ? await run("idle (legitimate traffic alone)", IDLE_S) : undefined;
  const before = await rssMiB(pid);
  peak = before;
  const stopAttacks = MIXED ? startAttacks(PORT, DURATION_S) : undefined;
  if (MIXED) console.log("attacks: 50 slow-header, 20 endless-body and 5 pipelining connections, and the bad-input corpus on 10 more");
  const result = await run(MIXED ? "legitimate traffic under attack" : "load", DURATION_S);
  const attacks = await stopAttacks?.();
  const after = await rssMiB(pid);
  const legit = figures(result);
  const failures = legit.errors + legit.timeouts + legit.non2xx + legit.graphqlErrors;
  const p99Ratio = idle ? Math.round((legit.latencyMs.p99 / Math.max(idle.latency.p99, 1)) * 100) / 100 : undefined;
  const memoryMiB = { heapLimit: HEAP_MIB, bound: RSS_BOUND_MIB, before: Math.round(before), after: Math.round(after), peak: Math.round(peak) };
  const load = {
    date: new Date().toISOString(),
    mode: MIXED ? "mixed" : "legitimate",
    durationSeconds: DURATION_S,
    connections: CONNECTIONS,
    ...legit,
    ...(idle ? { idle: figures(idle), p99RatioToIdle: p99Ratio, attacks } : {}),
    memoryMiB: MIXED ? memoryMiB : { ...memoryMiB, growthPercent: Math.round((after / before - 1) * 1000) / 10 },
    met: failures === 0 && peak <= RSS_BOUND_MIB && (p99Ratio === undefined ? after / before < 1.25 : p99Ratio <= 3),
  };
  await writeFile(join(here, MIXED ? "load-mixed.json" : "load.json"), `${JSON.stringify(load, null, 2)}\n`);
  console.log(JSON.stringify(load, null, 2));
  process.exitCode = load.met ? 0 : 1;
} finally {
  clearInterval(sampler);
  server.kill("SIGTERM");
}
