// "Ready for codegen", checked: the README's example queries (docs/queries)
// validate against the committed schema and answer without errors, and the
// README's codegen recipe (codegen.ts, graphql-codegen's client preset) runs
// over them and yields code that typechecks under strict settings, with the
// selected fields typed and unselected ones refused.
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { buildSchema, parse, validate } from "graphql";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../codegen.ts";
import { SCHEMA_FILE } from "../src/graphql/schema-file.ts";
import { graphqlClient } from "./support/graphql.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";

const ROOT = join(import.meta.dirname, "..");
const QUERIES = join(ROOT, "docs/queries");
// Inside the repository, so that generated imports resolve from its node_modules.
const OUT = join(ROOT, `.codegen-test-${process.pid}`);
const VARIABLES: Record<string, Record<string, unknown>> = { CountryFacts: { code: "uzb" } };

let documents: { file: string; text: string }[];
let t: TestDatabase;

beforeAll(async () => {
  const files = (await readdir(QUERIES)).filter((f) => f.endsWith(".graphql")).sort();
  documents = await Promise.all(files.map(async (file) => ({ file, text: await readFile(join(QUERIES, file), "utf8") })));
  t = await startTestDatabase();
});
afterAll(async () => {
  await rm(OUT, { recursive: true, force: true });
  await t?.close();
});

describe("the README's example queries", () => {
  it("are the four documents of docs/queries", () => {
    expect(documents.map((d) => d.file)).toEqual(["countries-with-loans.graphql", "country-facts.graphql", "dialogue-initiatives.graphql", "regional-aid.graphql"]);
  });

  it("validate against schema/schema.graphql", async () => {
    const schema = buildSchema(await readFile(SCHEMA_FILE, "utf8"));
    for (const { file, text } of documents) expect(validate(schema, parse(text)).map((e) => `${file}: ${e.message}`)).toEqual([]);
  });

  it("answer with data and no errors", async () => {
    const gql = graphqlClient(t.store);
    for (const { text } of documents) {
      const name = /query (\w+)/.exec(text)?.[1] ?? "";
      const result = await gql(text, VARIABLES[name]);
      expect(result.errors, name).toBeUndefined();
      expect(Object.values(result.data ?? {}).every((v) => v !== null), name).toBe(true);
    }
  });
});

describe("the codegen recipe", () => {
  it("generates typed documents that typecheck", async () => {
    const [target, output] = Object.entries(config.generates)[0] ?? [];
    expect(target).toBe("client/gql/");
    await generate({ ...config, cwd: ROOT, silent: true, generates: { [`${OUT}/gql/`]: output as never } }, true);
    await mkdir(OUT, { recursive: true });
    await writeFile(join(OUT, "use.ts"), USAGE);
    const program = ts.createProgram([join(OUT, "use.ts")], {
      strict: true,
      noEmit: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      skipLibCheck: true,
      types: [],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(problems).toEqual([]);
  }, 120_000);
});

// What a frontend writes with the generated code: typed documents, variables
// and results; fields the query does not select are type errors.
const USAGE = `
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { CountryFactsDocument, CountriesWithLoansDocument, DialogueInitiativesDocument, type AidBasis } from "./gql/graphql.js";

declare function request<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R>;

export async function use(): Promise<string[]> {
  const { countries } = await request(CountriesWithLoansDocument, {});
  const basis: AidBasis | undefined = countries[0]?.aidFigures[0]?.basis;
  const value: string | undefined = countries[0]?.aidFigures[0]?.amount?.value;
  // @ts-expect-error the query does not select summary
  countries[0]?.summary;
  const facts = await request(CountryFactsDocument, { code: "KZ" });
  // @ts-expect-error code is required
  await request(CountryFactsDocument, {});
  const page = await request(DialogueInitiativesDocument, { after: null });
  const cursor: string | null | undefined = page.initiatives.pageInfo.endCursor;
  return [String(basis), String(value), facts.country?.name ?? "", String(cursor)];
}
`;
