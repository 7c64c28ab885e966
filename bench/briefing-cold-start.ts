// Row P8 of quality.md: a briefing's cold start, import of the built briefing
// asset plus its first render (one GET of a country's brief through the
// Lambda handler, against dynalite), each in a fresh Node process, against a
// minimal pdfkit script that registers one TTF font and writes one page: pdfkit
// as npm installs it, run from the project's node_modules (the asset bundles
// its own pdfkit, see cdk/lazy-modules.ts). The two sides alternate over the
// runs, and the spread is reported with the medians.
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { TestDatabase } from "../test/support/database.ts";
import { buildLambdaAssets } from "./lambda-assets.ts";
import { ratios, spreadOf } from "./alternate.ts";
import type { BenchRow } from "./row.ts";
import { startTestDatabase } from "../test/support/database.ts";

const RUNS = 15;
const TARGET = 2;

const BRIEFING_RUNNER = `
const [assetUrl] = process.argv.slice(1);
const event = {
  version: "2.0", routeKey: "GET /briefings/{code}", rawPath: "/briefings/KZ.pdf", rawQueryString: "", isBase64Encoded: false,
  headers: { host: "api.example" },
  requestContext: { accountId: "1", apiId: "api", domainName: "api.example", domainPrefix: "api", requestId: "cold", routeKey: "GET /briefings/{code}",
    stage: "$default", time: "", timeEpoch: 0, http: { method: "GET", path: "/briefings/KZ.pdf", protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "bench" } },
};
const start = performance.now();
const { handler } = await import(assetUrl);
const result = await handler(event);
if (result.statusCode !== 200) throw new Error(result.body);
console.log(JSON.stringify({ ms: performance.now() - start }));
`;

// The baseline, written inside the project's node_modules so that it finds the installed pdfkit and font.
const MINIMAL_PDFKIT = `
import { createRequire } from "node:module";
const start = performance.now();
const require = createRequire(import.meta.url);
const { default: PDFDocument } = await import("pdfkit");
const doc = new PDFDocument({ size: "A4", font: "" });
doc.registerFont("body", require.resolve("@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf"));
doc.font("body").fontSize(10).text("Japan and Kazakhstan: one page of a minimal document.");
const chunks = [];
doc.on("data", (c) => chunks.push(c));
await new Promise((resolve) => { doc.on("end", resolve); doc.end(); });
console.log(JSON.stringify({ ms: performance.now() - start, bytes: Buffer.concat(chunks).length }));
`;

async function timed(args: string[], db: TestDatabase): Promise<number> {
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    env: { PATH: process.env.PATH, NODE_OPTIONS: "--enable-source-maps", ...db.env },
  });
  return (JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as { ms: number }).ms;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const spread = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`;

export async function briefingColdStartRows(): Promise<BenchRow[]> {
  const assets = await buildLambdaAssets();
  const db = await startTestDatabase();
  const scratch = fileURLToPath(new URL("../node_modules/.cache/bench/", import.meta.url));
  const minimal = join(scratch, "minimal-pdfkit.mjs");
  try {
    await mkdir(scratch, { recursive: true });
    await writeFile(minimal, MINIMAL_PDFKIT);
    const briefing = () => timed(["--input-type=module", "-e", BRIEFING_RUNNER, pathToFileURL(join(assets.briefing, "index.mjs")).href], db);
    const baseline = () => timed([minimal], db);
    await briefing();
    await baseline();
    const runs = { briefing: [] as number[], baseline: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      runs.briefing.push(await briefing());
      runs.baseline.push(await baseline());
    }
    const ratio = median(runs.briefing) / median(runs.baseline);
    return [
      {
        id: "P8",
        figure: `briefing asset, import + first render of a country brief: ${median(runs.briefing).toFixed(1)} ms (spread ${spread(runs.briefing)}; median of ${RUNS} fresh processes)`,
        baseline: `minimal pdfkit script, one TTF font, one page: ${median(runs.baseline).toFixed(1)} ms (spread ${spread(runs.baseline)}; alternated)`,
        ratio: Math.round(ratio * 1000) / 1000,
        spread: spreadOf(ratios(runs.briefing, runs.baseline)),
        target: `≤ ${TARGET}`,
        met: ratio <= TARGET,
      },
    ];
  } finally {
    await rm(minimal, { force: true });
    await db.close();
    await assets.remove();
  }
}
