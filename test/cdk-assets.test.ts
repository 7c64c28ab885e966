// The function assets built by `cdk synth` itself (the CLI, as `npm run deploy`
// runs it) with the npm registry unreachable and no AWS credentials, imported
// from the cloud assembly and invoked with realistic events against dynalite:
// both request functions, and the seeder with custom-resource Create, Update,
// rollback Update and Delete events.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { deflateRawSync } from "node:zlib";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { Template } from "aws-cdk-lib/assertions";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, CdkCustomResourceEvent, CdkCustomResourceResponse } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprintOf } from "../cdk/seeding.ts";
import { findCountry, gatherBriefing } from "../src/briefing/data.ts";
import { renderBriefing } from "../src/briefing/document.ts";
import { FINGERPRINT_FILE } from "../src/store/seed-fingerprint.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { resourceNamed } from "./cdk-app.ts";
import { httpEvent, seedEvent } from "./cdk-events.ts";
import { invokeAsset } from "./cdk-invoke.ts";
import { synthOffline } from "./cdk-offline-synth.ts";

type HttpHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
type SeedHandler = (event: CdkCustomResourceEvent) => Promise<CdkCustomResourceResponse>;

let outdir: string;
let synthOutput: string;
let template: Template;
let assets: Record<"graphql" | "briefing" | "seeder", string>;
let db: TestDatabase;

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), "cdk-assets-"));
  ({ template, output: synthOutput } = await synthOffline(outdir));
  const assetOf = (prefix: string) => join(outdir, `asset.${String(resourceNamed(template, "AWS::Lambda::Function", prefix).properties.Code.S3Key).replace(/\.zip$/, "")}`);
  assets = { graphql: assetOf("GraphQLFunction"), briefing: assetOf("BriefingFunction"), seeder: assetOf("SeedingSeederFunction") };
  // An empty table: the seeder fills it, and the request functions read what it wrote.
  db = await startTestDatabase({ seed: false });
  Object.assign(process.env, db.env);
}, 300_000);

afterAll(async () => {
  await db?.close();
  if (outdir) await rm(outdir, { recursive: true, force: true });
});

describe("cdk synth with the registry unreachable and no credentials", () => {
  it("builds all three assets without npm: nothing tried the registry", () => {
    expect(synthOutput).toContain("Bundling asset CentralAsiaJapan/Briefing/Function/Code/Stage");
    expect(synthOutput).not.toMatch(/ECONNREFUSED|npm (ERR|error)|fetch failed|npm install|npm ci/i);
    expect(Object.values(template.findResources("AWS::Lambda::Function")).length).toBe(4);
  });

  it("bundles pdfkit and packs only the fonts the renderer uses beside the briefing bundle", async () => {
    expect(await readdir(join(assets.briefing, "node_modules"))).toEqual(["@expo-google-fonts"]);
    expect(await readFile(join(assets.briefing, "index.mjs"), "utf8")).toContain("PDFKit");
    const fonts = (await readdir(join(assets.briefing, "node_modules", "@expo-google-fonts", "open-sans"), { recursive: true })).filter((f) => String(f).endsWith(".ttf"));
    expect(fonts).toHaveLength(4);
    expect(await readdir(assets.briefing)).not.toContain("package-lock.json");
  });

  it("keeps the GraphQL asset, GraphiQL off, under 1.5 MB deflated and without GraphiQL's renderer", async () => {
    const files = (await readdir(assets.graphql, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
    expect(files.map((f) => f.name).sort()).toEqual(["index.mjs", "index.mjs.map"]);
    // What the deployment zip holds: each file deflated.
    const deflated = await Promise.all(files.map(async (f) => deflateRawSync(await readFile(join(f.parentPath, f.name))).length));
    expect(deflated.reduce((a, b) => a + b, 0)).toBeLessThan(1.5 * 1024 * 1024);
  });
});

/** The `handler` export of a built asset's bundle. */
async function handlerOf<T>(assetDir: string): Promise<T> {
  const module = (await import(/* @vite-ignore */ pathToFileURL(join(assetDir, "index.mjs")).href)) as { handler: T };
  return module.handler;
}

const SEED_NAMES = ["countries", "sources", "periods", "initiatives", "aid-figures"];

/**
 * A copy of the seeder's asset with its seed data changed, as the next deploy
 * would build it (with the new fingerprint, unless the data is invalid).
 */
async function seederWith(change: (files: Record<string, any[]>) => void): Promise<{ seed: SeedHandler; fingerprint: string }> {
  const dir = await mkdtemp(join(tmpdir(), "seeder-"));
  await cp(assets.seeder, dir, { recursive: true });
  const files = Object.fromEntries(await Promise.all(SEED_NAMES.map(async (n) => [n, JSON.parse(await readFile(join(dir, "data", `${n}.json`), "utf8"))])));
  change(files);
  await Promise.all(SEED_NAMES.map((n) => writeFile(join(dir, "data", `${n}.json`), JSON.stringify(files[n]))));
  let fingerprint = (await readFile(join(dir, FINGERPRINT_FILE), "utf8")).trim();
  try {
    fingerprint = fingerprintOf(join(dir, "data"));
    await writeFile(join(dir, FINGERPRINT_FILE), fingerprint);
  } catch {
    // Invalid data has no fingerprint; the build would have refused it, the seeder must too.
  }
  return { seed: await handlerOf<SeedHandler>(dir), fingerprint };
}

const tableItems = async () => (await db.doc.send(new ScanCommand({ TableName: db.config.tableName, ConsistentRead: true }))).Items ?? [];
const item = async (pk: string) => (await tableItems()).find((i) => i.pk === pk && i.sk === pk);
const carried = async () => (await readFile(join(assets.seeder, FINGERPRINT_FILE), "utf8")).trim();

describe("the seeder's built asset", () => {
  let v1: string;
  let v2: string;
  let seedV2: SeedHandler;
  let afterV2: Record<string, unknown>[];

  it("carries the fingerprint the stack gives the seed resource", async () => {
    v1 = await carried();
    template.hasResourceProperties("Custom::SeedData", { DataHash: v1 });
  });

  it("Create: loads the seed data it carries", async () => {
    const seed = await handlerOf<SeedHandler>(assets.seeder);
    const result = await seed(seedEvent(db.config.tableName, "Create", v1));
    expect(result.PhysicalResourceId).toBe(`seed:${db.config.tableName}`);
    expect(result.Data?.Version).toMatch(/^[0-9a-f]{12}$/);
    expect((await item("META"))?.version).toBe(result.Data?.Version);
    expect(await item("COUNTRY#KZ")).toBeDefined();
  });

  it("fails on an invalid data set with a short message naming the log group, and writes nothing", async () => {
    const before = await tableItems();
    const { seed, fingerprint } = await seederWith((files) => {
      for (const c of files.countries!) c.citations = [{ source: "no-such-source" }];
      files.initiatives![0].name = "A change that must not be written";
    });
    process.env.AWS_LAMBDA_LOG_GROUP_NAME = "/aws/lambda/CentralAsiaJapan-seeder";
    const failure = await seed(seedEvent(db.config.tableName, "Update", fingerprint, v1)).then(
      () => new Error("the seeder succeeded"),
      (error: Error) => error,
    );
    delete process.env.AWS_LAMBDA_LOG_GROUP_NAME;
    // Every problem is in the log; CloudFormation gets the count and the first three.
    expect(failure.message).toMatch(/^Seed data is invalid \((\d+) problems\); nothing was written\. First 3: [^;]+; [^;]+; [^;]+\. Full details/);
    expect(Number(/\((\d+) problems/.exec(failure.message)![1])).toBeGreaterThanOrEqual(5);
    expect(failure.message).toContain('unknown source "no-such-source"');
    expect(failure.message).toContain("CloudWatch log group /aws/lambda/CentralAsiaJapan-seeder");
    expect(failure.message.length).toBeLessThan(2000);
    expect(await tableItems()).toEqual(before);
  });

  it("Update: writes changed records and removes records deleted from the files", async () => {
    const aidInitiatives = new Set((JSON.parse(await readFile(join(assets.seeder, "data", "aid-figures.json"), "utf8")) as { initiative?: string }[]).map((a) => a.initiative));
    let removed = "";
    let renamed = "";
    const { seed, fingerprint } = await seederWith((files) => {
      // An initiative no aid figure names can go without breaking a reference.
      const index = files.initiatives!.findIndex((i) => !aidInitiatives.has(i.slug));
      removed = files.initiatives![index].slug;
      files.initiatives!.splice(index, 1);
      renamed = files.initiatives![0].slug;
      files.initiatives![0].name = "Renamed by the next deploy";
    });
    v2 = fingerprint;
    seedV2 = seed;
    expect(v2).not.toBe(v1);
    const result = await seed(seedEvent(db.config.tableName, "Update", v2, v1));
    expect(result.Data?.Deleted).toBeGreaterThan(0);
    expect((await item(`INITIATIVE#${renamed}`))?.data).toMatchObject({ name: "Renamed by the next deploy" });
    expect(await item(`INITIATIVE#${removed}`)).toBeUndefined();
    expect((await tableItems()).filter((i) => JSON.stringify(i.data ?? {}).includes(`"slug":"${removed}"`))).toEqual([]);
    afterV2 = await tableItems();
  });

  it("rollback Update (the old fingerprint, sent to the new asset): leaves the table untouched and succeeds", async () => {
    // The v2 asset is still deployed when CloudFormation rolls the resource back to v1.
    const result = await seedV2(seedEvent(db.config.tableName, "Update", v1, v2));
    expect(result).toEqual({ PhysicalResourceId: `seed:${db.config.tableName}`, Data: { Version: (await item("META"))?.version, Written: 0, Deleted: 0 } });
    expect(await tableItems()).toEqual(afterV2);
  });

  it("Delete: leaves the data in place", async () => {
    const seed = await handlerOf<SeedHandler>(assets.seeder);
    expect(await seed(seedEvent(db.config.tableName, "Delete", v1))).toEqual({ PhysicalResourceId: `seed:${db.config.tableName}` });
    expect(await tableItems()).toEqual(afterV2);
  });
});

describe("the request functions' built assets", () => {
  beforeAll(async () => {
    // The deployed data set, as the first deploy leaves it.
    await (await handlerOf<SeedHandler>(assets.seeder))(seedEvent(db.config.tableName, "Update", await carried()));
  });

  it("answers a GraphQL POST from the GraphQL asset", async () => {
    const graphql = await handlerOf<HttpHandler>(assets.graphql);
    const body = JSON.stringify({ query: "query { countries { code name } country(code: \"KAZ\") { name } }" });
    const result = await graphql(httpEvent("POST", "/graphql", body, { "content-type": "application/json", accept: "application/graphql-response+json" }));
    expect(result.statusCode).toBe(200);
    const json = JSON.parse(result.body ?? "") as { data: { countries: { code: string }[]; country: { name: string } }; errors?: unknown };
    expect(json.errors).toBeUndefined();
    expect(json.data.countries.map((c) => c.code).sort()).toEqual(["KG", "KZ", "TJ", "TM", "UZ"]);
    expect(json.data.country.name).toBe("Kazakhstan");
  });

  it("serves the short page, not GraphiQL, from the GraphQL asset built with GraphiQL off, even with GRAPHIQL=true", async () => {
    const env = { GRAPHIQL: "true", TABLE_NAME: db.config.tableName, AWS_REGION: "us-east-1" };
    const result = await invokeAsset(assets.graphql, httpEvent("GET", "/graphql", undefined, { accept: "text/html" }), env);
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain("This is a GraphQL endpoint");
  });

  it("renders a brief in a cold process of the briefing asset without loading Node's fetch (undici)", async () => {
    const run = `const { handler } = await import(process.env.ASSET_ENTRY);
const result = await handler(JSON.parse(process.env.ASSET_EVENT));
process.stdout.write(JSON.stringify({ status: result.statusCode, undici: process.moduleLoadList.filter((m) => m.includes("undici")) }));`;
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", run], {
      env: { PATH: process.env.PATH ?? "", ...db.env, ASSET_ENTRY: pathToFileURL(join(assets.briefing, "index.mjs")).href, ASSET_EVENT: JSON.stringify(httpEvent("GET", "/briefings/KZ.pdf")) },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(JSON.parse(stdout)).toEqual({ status: 200, undici: [] });
  });

  it("renders from the briefing asset, with pdfkit bundled, the very PDF the source renders", async () => {
    const briefing = await handlerOf<HttpHandler>(assets.briefing);
    const result = await briefing(httpEvent("GET", "/briefings/KZ.pdf"));
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(true);
    expect(result.headers?.["content-type"]).toBe("application/pdf");
    const pdf = Buffer.from(result.body ?? "", "base64");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The bundled pdfkit, with what briefs never use left to load on first use, draws the very same file.
    const country = (await findCountry(db.store, "KZ"))!;
    const origin = `https://${httpEvent("GET", "/").requestContext.domainName}`;
    const { pdf: rendered } = await renderBriefing(await gatherBriefing(db.store, country), { briefUrl: (c) => `${origin}/briefings/${c}.pdf` });
    expect(pdf.equals(rendered)).toBe(true);
  });
});
