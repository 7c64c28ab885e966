// Row P2 of quality.md: import of a built Lambda asset plus its first request
// (an HTTP API v2 event against dynalite), each run in a fresh Node process
// with the deployed NODE_OPTIONS, for the GraphQL asset and for the minimal
// yoga + Pothos + DynamoDB bundle. Runs alternate so that drift hits both.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { TestDatabase } from "../test/support/database.ts";
import type { BenchRow } from "./row.ts";

const RUNS = 9;
const TARGET = 1.3;

// Plain Node, no TypeScript loader: what Lambda's runtime does with index.mjs.
const RUNNER = `
const [assetUrl, body] = process.argv.slice(1);
const event = {
  version: "2.0", routeKey: "POST /graphql", rawPath: "/graphql", rawQueryString: "", body, isBase64Encoded: false,
  headers: { host: "api.example", "content-type": "application/json", accept: "application/graphql-response+json" },
  requestContext: { accountId: "1", apiId: "api", domainName: "api.example", domainPrefix: "api", requestId: "cold", routeKey: "POST /graphql",
    stage: "$default", time: "", timeEpoch: 0, http: { method: "POST", path: "/graphql", protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "bench" } },
};
const start = performance.now();
const { handler } = await import(assetUrl);
const imported = performance.now();
const result = await handler(event);
const answered = performance.now();
const json = JSON.parse(result.body);
if (result.statusCode !== 200 || json.errors) throw new Error(result.body);
console.log(JSON.stringify({ importMs: imported - start, requestMs: answered - imported }));
`;

interface Timing {
  importMs: number;
  requestMs: number;
}

async function coldRun(db: TestDatabase, assetDir: string, query: string): Promise<Timing> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--input-type=module", "-e", RUNNER, pathToFileURL(join(assetDir, "index.mjs")).href, JSON.stringify({ query })],
    {
      env: {
        PATH: process.env.PATH,
        NODE_OPTIONS: "--enable-source-maps",
        ...db.env,
      },
    },
  );
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as Timing;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function coldStartRows(db: TestDatabase, assets: { graphql: string; minimal: string }): Promise<BenchRow[]> {
  // Each asks one question that costs one DynamoDB read in its resolvers.
  const runs = { graphql: [] as Timing[], minimal: [] as Timing[] };
  const graphqlQuery = '{ country(code: "KZ") { name capital } }';
  const minimalQuery = "{ dataVersion }";
  // One unmeasured run each first: the files into the page cache.
  await coldRun(db, assets.graphql, graphqlQuery);
  await coldRun(db, assets.minimal, minimalQuery);
  for (let i = 0; i < RUNS; i++) {
    runs.graphql.push(await coldRun(db, assets.graphql, graphqlQuery));
    runs.minimal.push(await coldRun(db, assets.minimal, minimalQuery));
  }
  const total = (t: Timing) => t.importMs + t.requestMs;
  const describe = (list: Timing[]) =>
    `${median(list.map(total)).toFixed(1)} ms (import ${median(list.map((t) => t.importMs)).toFixed(1)} + first request ${median(list.map((t) => t.requestMs)).toFixed(1)}; median of ${RUNS} fresh processes)`;
  const ratio = median(runs.graphql.map(total)) / median(runs.minimal.map(total));
  return [
    {
      id: "P2",
      figure: `GraphQL asset, import + first request: ${describe(runs.graphql)}`,
      baseline: `minimal yoga + Pothos + DynamoDB bundle: ${describe(runs.minimal)}`,
      ratio: Math.round(ratio * 1000) / 1000,
      target: `≤ ${TARGET}`,
      met: ratio <= TARGET,
    },
  ];
}
