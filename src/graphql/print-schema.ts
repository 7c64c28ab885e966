// `npm run schema:print` writes schema/schema.graphql; `--check` fails when
// the committed file differs from the schema the code builds.
import { readFile, writeFile } from "node:fs/promises";
import { SCHEMA_FILE, printedSchema } from "./schema-file.ts";

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
