// `npm run schema:print` writes schema/schema.graphql, sorted; `--check` fails
// when the committed file differs from the schema the code builds.
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema.ts";

export const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), "../../schema/schema.graphql");
export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const printed = printedSchema();
  if (process.argv.includes("--check")) {
    const committed = await readFile(SCHEMA_FILE, "utf8").catch(() => "");
    if (committed !== printed) {
      console.error("schema/schema.graphql is stale: run `npm run schema:print` and commit it.");
      process.exit(1);
    }
    console.log("schema/schema.graphql is current.");
  } else {
    await writeFile(SCHEMA_FILE, printed);
    console.log(`wrote ${SCHEMA_FILE}`);
  }
}
