// Row P1 of quality.md: DynamoDB requests of the dashboard operation, counted
// by the SDK middleware, on the seed and on 50 times its initiatives, aid
// figures and citations; beside each, the same operation with per-key loading.
import { loadDataset } from "../seed/dataset.ts";
import type { KnowledgeStore } from "../src/store/knowledge-store.ts";
import { type RequestCounter, countRequests } from "../src/store/request-counter.ts";
import { DASHBOARD } from "../test/support/dashboard.ts";
import { startTestDatabase } from "../test/support/database.ts";
import { graphqlClient } from "../test/support/graphql.ts";
import { SCALE, citationCount, scaledDataset } from "../test/support/scaled-dataset.ts";
import { PerKeyStore } from "./per-key-store.ts";
import type { BenchRow } from "./row.ts";

const MAX_REQUESTS = 16;

interface Count {
  total: number;
  byOperation: Record<string, number>;
}

async function dashboardRequests(counter: RequestCounter, store: KnowledgeStore): Promise<Count> {
  counter.reset();
  const result = await graphqlClient(store)(DASHBOARD);
  if (result.errors) throw new Error(`dashboard failed: ${JSON.stringify(result.errors)}`);
  return { total: counter.total(), byOperation: { ...counter.byOperation } };
}

async function countsOn(dataset?: Awaited<ReturnType<typeof loadDataset>>): Promise<{ batched: Count; perKey: Count }> {
  const t = await startTestDatabase(dataset ? { dataset } : {});
  try {
    const counter = countRequests(t.doc);
    const batched = await dashboardRequests(counter, t.store);
    const perKey = await dashboardRequests(counter, new PerKeyStore(t.doc, t.config.tableName));
    return { batched, perKey };
  } finally {
    await t.close();
  }
}

const describe = (c: Count) => `${c.total} requests (${Object.entries(c.byOperation).map(([op, n]) => `${n} ${op}`).join(", ")})`;

export async function requestRows(): Promise<BenchRow[]> {
  const seedData = await loadDataset();
  const scaledData = scaledDataset(seedData);
  const seed = await countsOn();
  const scaled = await countsOn(scaledData);
  const size = (d: typeof seedData) => `${d.initiatives.length} initiatives, ${d.aidFigures.length} aid figures, ${citationCount(d)} citations of ${d.sources.length} sources`;
  return [
    {
      id: "P1",
      figure: `dashboard on the seed (${size(seedData)}): ${describe(seed.batched)}`,
      baseline: `at most ${MAX_REQUESTS}; per-key loading: ${describe(seed.perKey)}`,
      ratio: round(seed.batched.total / MAX_REQUESTS),
      target: "≤ 1",
      met: seed.batched.total <= MAX_REQUESTS,
    },
    {
      id: "P1",
      figure: `dashboard on ${SCALE}× data (${size(scaledData)}): ${describe(scaled.batched)}`,
      baseline: `the seed's ${seed.batched.total}; per-key loading: ${describe(scaled.perKey)}`,
      ratio: round(scaled.batched.total / seed.batched.total),
      target: "= 1",
      met: scaled.batched.total === seed.batched.total,
    },
  ];
}

const round = (n: number) => Math.round(n * 1000) / 1000;
