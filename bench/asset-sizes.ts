// Row P3 of quality.md: the size of each built Lambda asset. What counts is
// the zip that deployment uploads: it is what Lambda limits (50 MB) and what a
// cold start downloads. The unzipped folder (bundle, its source map, and for
// the briefing function the installed pdfkit and fonts) is reported beside it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BenchRow } from "./row.ts";

const MB = 1_000_000;

function unzippedBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** Bytes of the folder zipped at the highest deflate level, as a deployment's asset zip. */
function zippedBytes(dir: string): number {
  const scratch = mkdtempSync(join(tmpdir(), "bench-zip-"));
  try {
    const zip = join(scratch, "asset.zip");
    execFileSync("zip", ["-q", "-r", "-9", "-X", zip, "."], { cwd: dir });
    return statSync(zip).size;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function sizeRow(name: string, dir: string, limitMB: number): BenchRow {
  const zipped = zippedBytes(dir) / MB;
  const unzipped = unzippedBytes(dir) / MB;
  const bundle = statSync(join(dir, "index.mjs")).size / MB;
  const map = statSync(join(dir, "index.mjs.map")).size / MB;
  return {
    id: "P3",
    figure: `${name} asset: ${zipped.toFixed(2)} MB zipped (unzipped ${unzipped.toFixed(2)} MB: bundle ${bundle.toFixed(2)}, source map ${map.toFixed(2)}${unzipped - bundle - map > 0.01 ? `, installed modules ${(unzipped - bundle - map).toFixed(2)}` : ""})`,
    baseline: `${limitMB} MB`,
    ratio: Math.round((zipped / limitMB) * 1000) / 1000,
    target: "≤ 1",
    met: zipped <= limitMB,
  };
}

export function assetSizeRows(assets: { graphql: string; briefing: string }): BenchRow[] {
  return [sizeRow("GraphQL", assets.graphql, 1.5), sizeRow("briefing", assets.briefing, 8)];
}
