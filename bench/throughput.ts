// Rows P4 and P6 of quality.md: requests per second on the local server
// (`npm start`, its own process, loopback, 20 connections) against a yoga
// "hello" server in the same run. P4 repeats the identical dashboard (answered
// from the response cache); P6 sends what misses it: a varied stream of
// legitimate queries, and the dashboard under a fresh alias each time. Each
// round runs every side once, hello first; ratios are per round.
import autocannon from "autocannon";
import { DASHBOARD } from "../test/support/dashboard.ts";
import { alternate, median, ratios, round3, spreadOf } from "./alternate.ts";
import { type StreamRequest, TEMPLATE_COUNT, freshDashboard, nextStreamRequest } from "./miss-stream.ts";
import type { BenchRow } from "./row.ts";
import { startServer } from "./servers.ts";

const CONNECTIONS = 20;
const WARMUP_S = 3;
const DURATION_S = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

type Next = () => StreamRequest;

interface Run {
  rps: number;
  p50: number;
  p99: number;
}

async function check(url: string, next: Next, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(next()) });
    const json = (await response.json()) as { errors?: unknown };
    if (response.status !== 200 || json.errors) throw new Error(`bench query failed: ${JSON.stringify(json)}`);
  }
}

async function measure(url: string, next: Next, seconds: number): Promise<Run> {
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(next()) }),
      },
    ],
  });
  if (result.errors || result.non2xx || result.timeouts) throw new Error(`${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts at ${url}`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

export async function throughputRows(): Promise<BenchRow[]> {
  const hello = await startServer("bench/hello-server.ts");
  const app = await startServer("src/server/main.ts");
  try {
    const sides: Record<string, [string, Next]> = {
      hello: [hello.url, () => ({ query: "{ hello }" })],
      dashboard: [app.url, () => ({ query: DASHBOARD })],
      stream: [app.url, nextStreamRequest],
      fresh: [app.url, freshDashboard],
    };
    // Every template once, checked; then the stream's variety once over, so the rounds measure
    // the steady state, where each distinct store read has been made once for this version.
    await check(app.url, nextStreamRequest, TEMPLATE_COUNT);
    await new Promise((settle) => setTimeout(settle, 1100));
    await check(app.url, nextStreamRequest, TEMPLATE_COUNT * 60);
    await check(app.url, freshDashboard, 1);
    for (const [url, next] of Object.values(sides)) await measure(url, next, WARMUP_S);
    const runs: Record<string, Run[]> = { hello: [], dashboard: [], stream: [], fresh: [] };
    await alternate(ROUNDS, Object.fromEntries(Object.entries(sides).map(([name, [url, next]]) => [name, async () => {
      const run = await measure(url, next, DURATION_S);
      runs[name]!.push(run);
      return run.rps;
    }])));
    const rps = (name: string) => runs[name]!.map((r) => r.rps);
    const helloRps = median(rps("hello"));
    const baseline = `yoga "hello" server: ${Math.round(helloRps)} requests/s (median of ${ROUNDS} rounds)`;
    const row = (id: string, name: string, what: string, target: number): BenchRow => {
      const r = ratios(rps(name), rps("hello"));
      const latency = `p50 ${median(runs[name]!.map((x) => x.p50))} ms, p99 ${median(runs[name]!.map((x) => x.p99))} ms`;
      return {
        id,
        figure: `${what}: ${Math.round(median(rps(name)))} requests/s (${latency}; ${CONNECTIONS} connections, ${DURATION_S} s per round)`,
        baseline,
        ratio: round3(r.median),
        spread: spreadOf(r),
        target: `≥ ${target}`,
        met: r.median >= target,
      };
    };
    return [
      row("P4", "dashboard", "the same dashboard again and again (response-cache hits)", 0.5),
      row("P6", "stream", "varied stream of legitimate queries, each missing the response cache", 0.2),
      row("P6", "fresh", "dashboard under a fresh alias each time (a response-cache miss)", 0.045),
    ];
  } finally {
    await Promise.all([hello.stop(), app.stop()]);
  }
}
