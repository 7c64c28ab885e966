// The function assets built as `cdk deploy` builds them (esbuild bundles,
// pdfkit and the fonts installed by npm), imported from the cloud assembly and
// invoked with realistic events against dynalite: both request functions, and
// the seeder with custom-resource Create, Update and Delete events.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, CdkCustomResourceEvent, CdkCustomResourceResponse } from "aws-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { resourceNamed, synthesize } from "./cdk-app.ts";

type HttpHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
type SeedHandler = (event: CdkCustomResourceEvent) => Promise<CdkCustomResourceResponse>;

let outdir: string;
let assets: Record<"graphql" | "briefing" | "seeder", string>;
let db: TestDatabase;

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), "cdk-assets-"));
  const { template } = synthesize({ bundle: true, outdir });
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

/** The `handler` export of a built asset's bundle. */
async function handlerOf<T>(assetDir: string): Promise<T> {
  const module = (await import(/* @vite-ignore */ pathToFileURL(join(assetDir, "index.mjs")).href)) as { handler: T };
  return module.handler;
}

/** A copy of the seeder's asset with its seed data changed, as the next deploy would build it. */
async function seederWith(change: (files: Record<string, any[]>) => void): Promise<SeedHandler> {
  const dir = await mkdtemp(join(tmpdir(), "seeder-"));
  await cp(assets.seeder, dir, { recursive: true });
  const names = ["countries", "sources", "periods", "initiatives", "aid-figures"];
  const files = Object.fromEntries(await Promise.all(names.map(async (n) => [n, JSON.parse(await readFile(join(dir, "data", `${n}.json`), "utf8"))])));
  change(files);
  await Promise.all(names.map((n) => writeFile(join(dir, "data", `${n}.json`), JSON.stringify(files[n]))));
  return handlerOf<SeedHandler>(dir);
}

function seedEvent(type: "Create" | "Update" | "Delete", dataHash: string): CdkCustomResourceEvent {
  const common = {
    ServiceToken: "arn:aws:lambda:us-east-1:123456789012:function:provider",
    ResponseURL: "https://cloudformation-custom-resource-response.example/",
    StackId: "arn:aws:cloudformation:us-east-1:123456789012:stack/CentralAsiaJapan/1",
    RequestId: `req-${type}-${dataHash}`,
    LogicalResourceId: "SeedingSeed",
    ResourceType: "Custom::SeedData",
    ResourceProperties: { ServiceToken: "arn:aws:lambda:us-east-1:123456789012:function:provider", TableName: db.config.tableName, DataHash: dataHash },
  };
  if (type === "Create") return { ...common, RequestType: "Create" };
  const physical = { PhysicalResourceId: `seed:${db.config.tableName}` };
  if (type === "Delete") return { ...common, ...physical, RequestType: "Delete" };
  return { ...common, ...physical, RequestType: "Update", OldResourceProperties: { ...common.ResourceProperties, DataHash: "previous" } };
}

function httpEvent(method: string, rawPath: string, body?: string, headers: Record<string, string> = {}): APIGatewayProxyEventV2 {
  return {
    version: "2.0",
    routeKey: `${method} ${rawPath.startsWith("/briefings/") ? "/briefings/{code}" : rawPath}`,
    rawPath,
    rawQueryString: "",
    headers: { host: "abc123.execute-api.us-east-1.amazonaws.com", "user-agent": "vitest", ...headers },
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123",
      domainName: "abc123.execute-api.us-east-1.amazonaws.com",
      domainPrefix: "abc123",
      http: { method, path: rawPath, protocol: "HTTP/1.1", sourceIp: "192.0.2.1", userAgent: "vitest" },
      requestId: `req-${method}-${rawPath}`,
      routeKey: `${method} ${rawPath}`,
      stage: "$default",
      time: "22/Nov/2026:12:00:00 +0000",
      timeEpoch: 1795003200000,
    },
    isBase64Encoded: false,
    ...(rawPath.startsWith("/briefings/") ? { pathParameters: { code: rawPath.slice("/briefings/".length) } } : {}),
    ...(body === undefined ? {} : { body }),
  };
}

const tableItems = async () => (await db.doc.send(new ScanCommand({ TableName: db.config.tableName, ConsistentRead: true }))).Items ?? [];
const item = async (pk: string) => (await tableItems()).find((i) => i.pk === pk && i.sk === pk);

describe("the seeder's built asset", () => {
  it("loads the seed data it carries on Create", async () => {
    const seed = await handlerOf<SeedHandler>(assets.seeder);
    const result = await seed(seedEvent("Create", "v1"));
    expect(result.PhysicalResourceId).toBe(`seed:${db.config.tableName}`);
    expect(result.Data?.Version).toMatch(/^[0-9a-f]{12}$/);
    expect((await item("META"))?.version).toBe(result.Data?.Version);
    expect(await item("COUNTRY#KZ")).toBeDefined();
  });

  it("fails on an invalid data set and writes nothing", async () => {
    const before = await tableItems();
    const seed = await seederWith((files) => {
      files.countries![0].citations = [{ source: "no-such-source" }];
      files.initiatives![0].name = "A change that must not be written";
    });
    await expect(seed(seedEvent("Update", "invalid"))).rejects.toThrow(/no-such-source/);
    expect(await tableItems()).toEqual(before);
  });

  it("on Update writes changed records and removes records deleted from the files", async () => {
    const aidInitiatives = new Set((JSON.parse(await readFile(join(assets.seeder, "data", "aid-figures.json"), "utf8")) as { initiative?: string }[]).map((a) => a.initiative));
    let removed = "";
    let renamed = "";
    const seed = await seederWith((files) => {
      // An initiative no aid figure names can go without breaking a reference.
      const index = files.initiatives!.findIndex((i) => !aidInitiatives.has(i.slug));
      removed = files.initiatives![index].slug;
      files.initiatives!.splice(index, 1);
      renamed = files.initiatives![0].slug;
      files.initiatives![0].name = "Renamed by the next deploy";
    });
    const result = await seed(seedEvent("Update", "v2"));
    expect(result.Data?.Deleted).toBeGreaterThan(0);
    expect((await item(`INITIATIVE#${renamed}`))?.data).toMatchObject({ name: "Renamed by the next deploy" });
    expect(await item(`INITIATIVE#${removed}`)).toBeUndefined();
    expect((await tableItems()).filter((i) => JSON.stringify(i.data ?? {}).includes(`"slug":"${removed}"`))).toEqual([]);
  });

  it("leaves the data in place on Delete", async () => {
    const before = await tableItems();
    const seed = await handlerOf<SeedHandler>(assets.seeder);
    expect(await seed(seedEvent("Delete", "v2"))).toEqual({ PhysicalResourceId: `seed:${db.config.tableName}` });
    expect(await tableItems()).toEqual(before);
  });
});

describe("the request functions' built assets", () => {
  beforeAll(async () => {
    // The deployed data set, as the first deploy leaves it.
    await (await handlerOf<SeedHandler>(assets.seeder))(seedEvent("Update", "v1"));
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

  it("renders a briefing PDF from the briefing asset, with pdfkit and the fonts it installed", async () => {
    const briefing = await handlerOf<HttpHandler>(assets.briefing);
    const result = await briefing(httpEvent("GET", "/briefings/KZ.pdf"));
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(true);
    expect(result.headers?.["content-type"]).toBe("application/pdf");
    const pdf = Buffer.from(result.body ?? "", "base64");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
  });
});
