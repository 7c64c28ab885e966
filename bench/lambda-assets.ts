// Builds the Lambda assets exactly as `cdk deploy` does: the product's stack
// synthesized with bundling (test/cdk-app.ts), and the minimal baseline of P2
// as one more NodeFunction, the construct every function of the app is built
// with — one definition of the esbuild options for all of them.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { App, Duration, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { RetentionDays } from "aws-cdk-lib/aws-logs";
import { NodeFunction } from "../cdk/node-function.ts";
import { resourceNamed, synthesize } from "../test/cdk-app.ts";

export interface LambdaAssets {
  graphql: string;
  briefing: string;
  minimal: string;
  /** Deletes the build folders. */
  remove(): Promise<void>;
}

const assetDir = (outdir: string, template: Template, prefix: string) =>
  join(outdir, `asset.${String(resourceNamed(template, "AWS::Lambda::Function", prefix).properties.Code.S3Key).replace(/\.zip$/, "")}`);

/** Asset folders (each holding index.mjs), built into a new temporary folder. */
export async function buildLambdaAssets(): Promise<LambdaAssets> {
  const productOut = await mkdtemp(join(tmpdir(), "bench-assets-"));
  const product = synthesize({ bundle: true, outdir: productOut });

  const minimalOut = await mkdtemp(join(tmpdir(), "bench-minimal-"));
  const app = new App({ outdir: minimalOut });
  const stack = new Stack(app, "MinimalBaseline");
  new NodeFunction(stack, "Minimal", {
    entry: fileURLToPath(new URL("./minimal-lambda.ts", import.meta.url)),
    description: "P2 baseline",
    memorySize: 1024,
    timeout: Duration.seconds(15),
    environment: {},
    logRetention: RetentionDays.ONE_DAY,
  });
  const assembly = app.synth();
  const minimal = Template.fromJSON(assembly.getStackArtifact(stack.artifactId).template);

  return {
    graphql: assetDir(productOut, product.template, "GraphQLFunction"),
    briefing: assetDir(productOut, product.template, "BriefingFunction"),
    minimal: assetDir(minimalOut, minimal, "MinimalFunction"),
    remove: async () => {
      await Promise.all([productOut, minimalOut].map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
