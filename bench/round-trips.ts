// Row P7 of quality.md: sequential DynamoDB round trips on the critical path
// of the requests users wait for, measured as latency ÷ delay with a fixed
// delay injected before every DynamoDB call. Each sample times the same
// request on freshly prepared application instances with the delay and
// without it, in alternation; (with − without) ÷ delay is the round trips the
// request waited for, whatever its CPU time.
import { setTimeout as sleep } from "node:timers/promises";
import { silentLogger } from "../src/logger.ts";
import { startTestDatabase } from "../test/support/database.ts";
import { DASHBOARD } from "../test/support/dashboard.ts";
import { alternate, median, round3 } from "./alternate.ts";
import { benchApp } from "./bench-app.ts";
import { injectDelay } from "./delay.ts";
import { freshDashboard } from "./miss-stream.ts";
import type { BenchRow } from "./row.ts";

// Long beside the requests' own CPU time, whose variation between runs would otherwise show as fractions of a round trip.
const DELAY_MS = 500;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/** The staleness bound the instances run with; "after idle" waits past it. */
const MAX_AGE_MS = 2000;
/** A version is cached under only once it has been seen this long (DataVersionClock's default). */
const SETTLE_MS = 1000;

type App = ReturnType<typeof benchApp>;

const post = (query: string) =>
  new Request("http://localhost/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
const get = (path: string) => new Request(`http://localhost${path}`);

async function send(app: App, request: () => Request): Promise<void> {
  const response = await app.fetch(request());
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${response.status}: ${Buffer.from(body).toString()}`);
  if (/json/.test(response.headers.get("content-type") ?? "") && JSON.parse(Buffer.from(body).toString()).errors) throw new Error(Buffer.from(body).toString());
}

interface Case {
  what: string;
  target: number;
  /** Brings a fresh instance to the state the measured request meets (untimed). */
  prepare: (app: App) => Promise<void>;
  request: () => Request;
}

const COUNTRY = '{ country(code: "KAZ") { name capital aidFigures { asOfYear amount { formatted } citations { locator source { title } } } } }';

const cases: Case[] = [
  { what: "dashboard, cold caches", target: 2, prepare: async () => {}, request: () => post(DASHBOARD) },
  { what: 'country(code: "KAZ") with aid figures and their sources, cold caches', target: 2, prepare: async () => {}, request: () => post(COUNTRY) },
  { what: "briefing KZ, not rendered yet, cold caches", target: 2, prepare: async () => {}, request: () => get("/briefings/KZ.pdf") },
  {
    what: `briefing KZ already rendered, after ${MAX_AGE_MS + 100} ms idle (past the version bound)`,
    target: 1,
    prepare: async (app) => {
      await send(app, () => get("/briefings/KZ.pdf"));
      await sleep(MAX_AGE_MS + 100);
    },
    request: () => get("/briefings/KZ.pdf"),
  },
  {
    what: `dashboard answered from the response cache, after ${MAX_AGE_MS + 100} ms idle (past the version bound)`,
    target: 1,
    prepare: async (app) => {
      await send(app, () => post(DASHBOARD));
      await sleep(SETTLE_MS + 100);
      await send(app, () => post(DASHBOARD));
      await send(app, () => post(DASHBOARD));
      await sleep(MAX_AGE_MS + 100);
    },
    request: () => post(DASHBOARD),
  },
  {
    what: `dashboard under a fresh alias (a response-cache miss) on a warm instance, after ${MAX_AGE_MS * 0.75} ms idle (within the bound, past its half)`,
    target: 0,
    prepare: async (app) => {
      await send(app, () => post(DASHBOARD));
      await sleep(SETTLE_MS + 100);
      await send(app, () => post(freshDashboard().query));
      await sleep(MAX_AGE_MS * 0.75);
    },
    request: () => post(freshDashboard().query),
  },
];

export async function roundTripRows(): Promise<BenchRow[]> {
  const db = await startTestDatabase();
  const delay = injectDelay(db.doc);
  const fresh = () => benchApp(db, { dataVersionMaxAgeMs: MAX_AGE_MS, logger: silentLogger });
  try {
    const rows: BenchRow[] = [];
    for (const c of cases) {
      const timed = (ms: number) => async () => {
        const app = fresh();
        await c.prepare(app);
        delay.ms = ms;
        const start = performance.now();
        await send(app, c.request);
        const elapsed = performance.now() - start;
        delay.ms = 0;
        return elapsed;
      };
      await timed(0)();
      const samples = await alternate(ROUNDS, { delayed: timed(DELAY_MS), plain: timed(0) });
      const depths = samples.delayed.map((d, i) => (d - samples.plain[i]!) / DELAY_MS);
      const depth = median(depths);
      rows.push({
        id: "P7",
        figure: `${c.what}: ${median(samples.delayed).toFixed(1)} ms with ${DELAY_MS} ms per DynamoDB call, ${median(samples.plain).toFixed(1)} ms without`,
        baseline: `${DELAY_MS} ms injected per call; ratio = (with − without) ÷ delay, the round trips waited for`,
        ratio: round3(depth),
        spread: `${round3(Math.min(...depths))}–${round3(Math.max(...depths))} over ${ROUNDS} rounds`,
        target: `≤ ${c.target}`,
        met: Math.round(depth) <= c.target,
      });
    }
    return rows;
  } finally {
    await db.close();
  }
}
