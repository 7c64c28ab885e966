// Pointed at a DynamoDB other than the embedded one, the local doors sign with
// the AWS SDK's default credential chain and region (environment, profile,
// SSO), as the Lambda handlers do; only the embedded dynalite gets dummy
// credentials. A capture endpoint (a loopback server that records each request
// and answers like an empty table) shows what was signed with what.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { type IncomingHttpHeaders, type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { configFromEnv } from "../src/config.ts";
import { openLocalStore } from "../src/local-store.ts";

const AWS_VARIABLES = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE"];

let server: Server;
let endpoint: string;
let captured: { headers: IncomingHttpHeaders; body: string }[] = [];
const saved = Object.fromEntries(AWS_VARIABLES.map((name) => [name, process.env[name]]));

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      captured.push({ headers: request.headers, body });
      response.writeHead(200, { "content-type": "application/x-amz-json-1.0" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => {
  captured = [];
  for (const name of AWS_VARIABLES) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Opens the store as `npm start` does with this environment and reads the data version once. */
async function readVersionWith(env: Record<string, string>) {
  for (const name of AWS_VARIABLES) delete process.env[name];
  Object.assign(process.env, env);
  const local = await openLocalStore(configFromEnv({ ...process.env, DYNAMODB_ENDPOINT: endpoint, TABLE_NAME: "deployed-table" }));
  try {
    return await local.store.dataVersion();
  } finally {
    await local.close();
  }
}

describe("the local store on another DynamoDB", () => {
  it("signs with the environment's credentials and region", async () => {
    const version = await readVersionWith({ AWS_ACCESS_KEY_ID: "AKIAENVIRONMENTKEY", AWS_SECRET_ACCESS_KEY: "secret", AWS_REGION: "eu-central-1" });
    expect(version).toBeNull();
    expect(captured).toHaveLength(1);
    const [request] = captured;
    expect(request?.headers["x-amz-target"]).toBe("DynamoDB_20120810.GetItem");
    expect(JSON.parse(request?.body ?? "{}")).toMatchObject({ TableName: "deployed-table" });
    expect(request?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAENVIRONMENTKEY\/\d{8}\/eu-central-1\/dynamodb\/aws4_request,/);
  });

  it("signs with a named profile's credentials and region", async () => {
    const dir = await mkdtemp(join(tmpdir(), "aws-profile-"));
    try {
      await writeFile(join(dir, "config"), "[profile reader]\nregion = ap-northeast-1\n");
      await writeFile(join(dir, "credentials"), "[reader]\naws_access_key_id = AKIAPROFILEKEY\naws_secret_access_key = secret\n");
      await readVersionWith({ AWS_PROFILE: "reader", AWS_CONFIG_FILE: join(dir, "config"), AWS_SHARED_CREDENTIALS_FILE: join(dir, "credentials") });
      expect(captured[0]?.headers.authorization).toMatch(/Credential=AKIAPROFILEKEY\/\d{8}\/ap-northeast-1\/dynamodb\/aws4_request,/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
