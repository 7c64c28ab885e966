// Cursors are minted only by the deployment that signs them, continue only
// the list and filter they were issued for, and name exactly a key of that
// query's partition, even when signed with the right key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClientError } from "../src/domain/errors.ts";
import { type CursorScope, cursorSecret, decodeCursor, encodeCursor } from "../src/store/cursor.ts";
import { DynamoKnowledgeStore } from "../src/store/dynamodb-knowledge-store.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";
import { graphqlClient } from "./support/graphql.ts";

const scope: CursorScope = {
  secret: cursorSecret("deployment-key-for-tests"),
  list: { list: "initiatives", filter: { countryCode: "KZ" } },
  keyNames: ["pk", "sk"],
  partition: { name: "pk", value: "COUNTRY#KZ" },
};
const key = { pk: "COUNTRY#KZ", sk: "INITIATIVE#1992#00#x" };
const refused = (cursor: string, within = scope) => {
  expect(() => decodeCursor(cursor, within)).toThrow(ClientError);
};

describe("cursor signing and validation", () => {
  it("returns the key of a cursor it signed for the same list", () => {
    expect(decodeCursor(encodeCursor(key, scope), scope)).toEqual(key);
  });

  it("refuses a cursor of another deployment, another list or another filter", () => {
    const cursor = encodeCursor(key, scope);
    refused(cursor, { ...scope, secret: cursorSecret("another deployment") });
    refused(cursor, { ...scope, secret: cursorSecret() });
    refused(cursor, { ...scope, list: { list: "initiatives", filter: { countryCode: "UZ" } } });
    refused(cursor, { ...scope, list: { list: "aidFigures", filter: {} } });
  });

  it("refuses a cursor whose payload or signature was altered", () => {
    const cursor = encodeCursor(key, scope);
    const [payload = "", signature = ""] = cursor.split(".");
    const forged = Buffer.from(JSON.stringify({ ...key, sk: "INITIATIVE#2024" })).toString("base64url");
    refused(`${forged}.${signature}`);
    refused(`${payload}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`);
    refused(payload);
    refused(`${payload}.`);
  });

  it("refuses, even when signed with the right key, a key set, value or partition the query would not issue", () => {
    for (const forged of [
      { ...key, gsi1pk: "x" },
      { pk: key.pk },
      { pk: "", sk: key.sk },
      { pk: key.pk, sk: "" },
      { pk: "COUNTRY#UZ", sk: key.sk },
      { pk: key.pk, sk: 5 },
      { pk: key.pk, sk: { S: "x" } },
    ]) {
      refused(encodeCursor(forged as never, scope));
    }
    refused(encodeCursor([key.pk, key.sk] as never, scope));
  });
});

describe("cursors through the API", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await startTestDatabase();
  });
  afterAll(() => t.close());
  const page = 'query($after: String) { initiatives(first: 2, after: $after, filter: { countryCode: "KZ" }) { edges { node { slug } } pageInfo { endCursor } } }';

  it("continues a list with its own endCursor, and refuses it from another store's key as BAD_USER_INPUT", async () => {
    const gql = graphqlClient(t.store);
    const first = await gql(page);
    const after = first.data?.initiatives.pageInfo.endCursor as string;
    const next = await gql(page, { after });
    expect(next.errors).toBeUndefined();
    expect(next.data?.initiatives.edges[0].node.slug).not.toBe(first.data?.initiatives.edges[0].node.slug);
    const other = graphqlClient(new DynamoKnowledgeStore(t.doc, t.config.tableName, { cursorSecret: "another deployment" }));
    const replayed = await other(page, { after });
    expect(replayed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
