// Invokes a built function asset in a plain Node process of its own, as Lambda
// does: its imports resolve from the asset folder alone, not through the test
// runner's resolver (which would find packages in the project's node_modules).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";

const RUN = `
const { handler } = await import(process.env.ASSET_ENTRY);
const result = await handler(JSON.parse(process.env.ASSET_EVENT));
process.stdout.write(JSON.stringify(result));
`;

export async function invokeAsset(assetDir: string, event: APIGatewayProxyEventV2, env: Record<string, string>): Promise<APIGatewayProxyStructuredResultV2> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", RUN], {
    cwd: assetDir,
    env: { PATH: process.env.PATH ?? "", ...env, ASSET_ENTRY: pathToFileURL(join(assetDir, "index.mjs")).href, ASSET_EVENT: JSON.stringify(event) },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout) as APIGatewayProxyStructuredResultV2;
}
