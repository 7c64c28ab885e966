// Rows P2 and P3 of quality.md, over one build of the Lambda assets.
import { startTestDatabase } from "../test/support/database.ts";
import { assetSizeRows } from "./asset-sizes.ts";
import { coldStartRows } from "./cold-start.ts";
import { buildLambdaAssets } from "./lambda-assets.ts";
import type { BenchRow } from "./row.ts";

export async function assetRows(): Promise<BenchRow[]> {
  const assets = await buildLambdaAssets();
  const db = await startTestDatabase();
  try {
    return [...(await coldStartRows(db, assets)), ...assetSizeRows(assets)];
  } finally {
    await db.close();
    await assets.remove();
  }
}
