// One configuration for every door: the same variables mean the same thing in
// the local server, the briefing CLI, the Lambda handlers and the seeder.
import { describe, expect, it } from "vitest";
import { DEFAULT_TABLE_NAME, configFromEnv } from "../src/config.ts";

describe("configFromEnv", () => {
  it("uses the embedded, seeded database when no DynamoDB is named", () => {
    const config = configFromEnv({});
    expect(config.embedded).toEqual({ dataDir: undefined });
    expect(config.seed).toBe(true);
    expect(config.store).toMatchObject({ tableName: DEFAULT_TABLE_NAME, endpoint: undefined, region: undefined });
    expect(config.store).not.toHaveProperty("credentials");
  });

  it("takes TABLE_NAME alone to mean that table in AWS, with the SDK's own region and credentials", () => {
    const config = configFromEnv({ TABLE_NAME: "Knowledge-Table" });
    expect(config.embedded).toBeNull();
    expect(config.seed).toBe(false);
    expect(config.store).toMatchObject({ tableName: "Knowledge-Table", endpoint: undefined, region: undefined });
    expect(config.store).not.toHaveProperty("credentials");
  });

  it("takes DYNAMODB_ENDPOINT to mean that DynamoDB, seeded only on SEED=true", () => {
    const config = configFromEnv({ DYNAMODB_ENDPOINT: "http://localhost:8000", AWS_REGION: "eu-central-1", SEED: "true" });
    expect(config.embedded).toBeNull();
    expect(config.seed).toBe(true);
    expect(config.store).toMatchObject({ tableName: DEFAULT_TABLE_NAME, endpoint: "http://localhost:8000", region: "eu-central-1" });
    expect(config.store).not.toHaveProperty("credentials");
  });

  it("falls back to the documented defaults for missing or malformed numbers", () => {
    const config = configFromEnv({ PORT: "x", DYNAMODB_MAX_ATTEMPTS: "-2", DATA_VERSION_MAX_AGE_MS: "0" });
    expect(config).toMatchObject({ port: 4000, host: "127.0.0.1", dataVersionMaxAgeMs: 0 });
    expect(config.store).toMatchObject({ connectTimeoutMs: 1000, requestTimeoutMs: 3000, maxAttempts: 3 });
  });

  it("leaves GraphiQL to the door's default unless told true or false", () => {
    expect(configFromEnv({}).graphiql).toBeUndefined();
    expect(configFromEnv({ GRAPHIQL: "true" }).graphiql).toBe(true);
    expect(configFromEnv({ GRAPHIQL: "false" }).graphiql).toBe(false);
  });
});
