// `npm run bench:lambda-memory`: the table of Lambda memory sizes in
// docs/deploy.md. Each built asset runs in fresh Node processes against the
// embedded DynamoDB: import plus first request (the cold path), then warm
// requests that miss the response and render caches (a dashboard under a
// fresh alias; a briefing of another country). Lambda gives a function CPU in
// proportion to its memory, one full vCPU at 1,769 MB, and these paths are
// CPU-bound in one thread; so the p50 at a size is the local p50 scaled by
// 1,769 MB ÷ size (not below the local figure), and the cost per million warm
// requests is that duration × size at arm64's price plus the request fee.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { startTestDatabase } from "../test/support/database.ts";
import { DASHBOARD } from "../test/support/dashboard.ts";
import { median } from "./alternate.ts";
import { buildLambdaAssets } from "./lambda-assets.ts";

const PROCESSES = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZES_MB = [512, 1024, 1536, 1769, 2048];
const FULL_VCPU_MB = 1769;
/** arm64, us-east-1: per GB-second of duration, and per request. */
const PRICE = { gbSecond: 0.0000133334, request: 0.2 / 1e6 };

// Plain Node, as Lambda's runtime runs index.mjs: the first event cold, then
// (after the data version has settled, 1 s) the warm ones, each timed.
const RUNNER = `
const [assetUrl, eventsJson] = process.argv.slice(1);
const events = JSON.parse(eventsJson);
const t0 = performance.now();
const { handler } = await import(assetUrl);
const first = await handler(events[0]);
const coldMs = performance.now() - t0;
if (first.statusCode !== 200) throw new Error(first.body);
await new Promise((r) => setTimeout(r, 1100));
const warmMs = [];
for (const event of events.slice(1)) {
  const start = performance.now();
  const result = await handler(event);
  warmMs.push(performance.now() - start);
  if (result.statusCode !== 200) throw new Error(result.body);
}
console.log(JSON.stringify({ coldMs, warmMs }));
`;

function event(method: string, path: string, body?: string) {
  return {
    version: "2.0", routeKey: `${method} ${path}`, rawPath: path, rawQueryString: "", body, isBase64Encoded: false,
    headers: { host: "api.example", "content-type": "application/json", accept: "application/graphql-response+json" },
    requestContext: { accountId: "1", apiId: "api", domainName: "api.example", domainPrefix: "api", requestId: "bench", routeKey: `${method} ${path}`,
      stage: "$default", time: "", timeEpoch: 0, http: { method, path, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "bench" } },
  };
}

const graphqlEvents = Array.from({ length: 21 }, (_, i) =>
  event("POST", "/graphql", JSON.stringify({ query: DASHBOARD.replace(/^(\s*)countries \{/m, `$1c${i}: countries {`) })),
);
const briefingEvents = ["KZ", "UZ", "TJ", "KG", "TM"].map((code) => event("GET", `/briefings/${code}.pdf`));

async function measure(env: Record<string, string>, assetDir: string, events: object[]) {
  const runs: { coldMs: number; warmMs: number[] }[] = [];
  for (let i = 0; i < PROCESSES; i++) {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--input-type=module", "-e", RUNNER, pathToFileURL(join(assetDir, "index.mjs")).href, JSON.stringify(events)],
      { env: { PATH: process.env.PATH, NODE_OPTIONS: "--enable-source-maps", ...env } },
    );
    runs.push(JSON.parse(stdout.trim().split("\n").at(-1) ?? ""));
  }
  return { cold: median(runs.map((r) => r.coldMs)), warm: median(runs.flatMap((r) => r.warmMs)) };
}

const assets = await buildLambdaAssets();
const db = await startTestDatabase();
try {
  const functions = [
    { name: "GraphQL", configured: 1769, ...(await measure(db.env, assets.graphql, graphqlEvents)) },
    { name: "Briefing", configured: 1769, ...(await measure(db.env, assets.briefing, briefingEvents)) },
  ];
  const lines = ["| function | memory | p50 cold (import + first request) | p50 warm | cost per million warm requests |", "|---|---|---|---|---|"];
  for (const f of functions) {
    for (const mb of SIZES_MB) {
      const scale = Math.max(1, FULL_VCPU_MB / mb);
      const warm = f.warm * scale;
      const billedMs = Math.ceil(warm);
      const cost = 1e6 * ((billedMs / 1000) * (mb / 1024) * PRICE.gbSecond + PRICE.request);
      const mark = mb === f.configured ? " (configured)" : "";
      lines.push(`| ${f.name} | ${mb} MB${mark} | ${Math.round(f.cold * scale)} ms | ${warm.toFixed(1)} ms | $${cost.toFixed(2)} |`);
    }
  }
  console.log(`Measured locally (${new Date().toISOString().slice(0, 10)}): GraphQL cold ${f1(functions[0]!.cold)} ms, warm ${f1(functions[0]!.warm)} ms; briefing cold ${f1(functions[1]!.cold)} ms, warm ${f1(functions[1]!.warm)} ms (medians of ${PROCESSES} fresh processes).\n`);
  console.log(lines.join("\n"));
} finally {
  await db.close();
  await assets.remove();
}

function f1(n: number) {
  return n.toFixed(1);
}
