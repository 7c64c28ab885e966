// The GraphQL function's asset built with graphiql=true: it carries GraphiQL's
// page renderer, copied from node_modules, and the built handler serves the
// self-hosted page (not the short fallback page) to a browser opening /graphql.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRAPHIQL_PACKAGE } from "../cdk/graphiql-asset.ts";
import { resourceNamed, synthesize } from "./cdk-app.ts";
import { httpEvent } from "./cdk-events.ts";
import { invokeAsset } from "./cdk-invoke.ts";

let outdir: string;
let asset: string;
let environment: Record<string, string>;

beforeAll(async () => {
  // Outside the project, so that Node finds the renderer in the asset or nowhere.
  outdir = await mkdtemp(join(tmpdir(), "cdk-graphiql-"));
  const { template } = synthesize({ context: { graphiql: "true" }, bundle: true, outdir });
  const graphql = resourceNamed(template, "AWS::Lambda::Function", "GraphQLFunction").properties;
  asset = join(outdir, `asset.${String(graphql.Code.S3Key).replace(/\.zip$/, "")}`);
  environment = graphql.Environment.Variables;
}, 300_000);

afterAll(async () => {
  if (outdir) await rm(outdir, { recursive: true, force: true });
});

describe("the GraphQL asset with graphiql=true", () => {
  it("carries the renderer's ES module build, and nothing else installed", async () => {
    expect(await readdir(join(asset, "node_modules", "@graphql-yoga"))).toEqual(["render-graphiql"]);
    const renderer = join(asset, "node_modules", GRAPHIQL_PACKAGE);
    expect(existsSync(join(renderer, "esm", "index.js"))).toBe(true);
    expect(existsSync(join(renderer, "cjs"))).toBe(false);
  });

  it("serves the self-hosted GraphiQL page, not the fallback, to a browser", async () => {
    // The function's environment as the template sets it; a table it never reads for the page.
    const env = { GRAPHIQL: environment.GRAPHIQL!, INTROSPECTION: environment.INTROSPECTION!, TABLE_NAME: "unused", AWS_REGION: "us-east-1" };
    const result = await invokeAsset(asset, httpEvent("GET", "/graphql", undefined, { accept: "text/html", "accept-encoding": "gzip" }), env);
    expect(result.statusCode).toBe(200);
    expect(result.headers?.["content-type"]).toBe("text/html; charset=utf-8");
    const body = Buffer.from(result.body ?? "", result.isBase64Encoded ? "base64" : "utf8");
    const html = (result.headers?.["content-encoding"] === "gzip" ? gunzipSync(body) : body).toString("utf8");
    expect(html).toContain("<title>Central Asia–Japan knowledge API</title>");
    expect(html).toMatch(/GraphiQL/);
    expect(html).not.toContain("This is a GraphQL endpoint");
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr/);
    expect(html.length).toBeGreaterThan(1_000_000);
  });
});
