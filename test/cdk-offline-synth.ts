// `cdk synth` as an owner runs it (the pinned CLI, cdk.json's app), but with
// the npm registry unreachable and no AWS credentials: what the build needs
// beyond `npm ci` shows up as a failure here.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { type AddressInfo, createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { Template } from "aws-cdk-lib/assertions";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** A loopback port nothing listens on: a registry that cannot be reached. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Synthesizes (and bundles) the app into `outdir`; returns the stack's template and what the CLI printed. */
export async function synthOffline(outdir: string): Promise<{ template: Template; output: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    npm_config_registry: `http://127.0.0.1:${await closedPort()}/`,
    AWS_CONFIG_FILE: join(outdir, "no-config"),
    AWS_SHARED_CREDENTIALS_FILE: join(outdir, "no-credentials"),
    AWS_EC2_METADATA_DISABLED: "true",
  };
  for (const key of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"]) delete env[key];
  const cdk = join(ROOT, "node_modules", "aws-cdk", "bin", "cdk");
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [cdk, "synth", "--quiet", "--no-notices", "--output", outdir], { cwd: ROOT, env });
  const template = Template.fromJSON(JSON.parse(await readFile(join(outdir, "CentralAsiaJapan.template.json"), "utf8")));
  return { template, output: stdout + stderr };
}
