import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE, printedSchema } from "../src/graphql/schema-file.ts";

describe("schema/schema.graphql", () => {
  it("is the schema the code builds (run `npm run schema:print` when this fails)", async () => {
    expect(await readFile(SCHEMA_FILE, "utf8")).toBe(printedSchema());
  });

  it("keeps the contract's binding names", () => {
    const sdl = printedSchema();
    for (const name of ["node(id: ID!): Node", "country(code: String!): Country", "period(ordinal: Int!): Period", "initiative(slug: String!): Initiative", "scalar Decimal", "briefingUrl: String!"]) {
      expect(sdl).toContain(name);
    }
  });
});
