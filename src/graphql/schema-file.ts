// The committed SDL: where it lives, and the text the code's schema prints as (sorted).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema.ts";

export const SCHEMA_FILE = join(dirname(fileURLToPath(import.meta.url)), "../../schema/schema.graphql");
export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
