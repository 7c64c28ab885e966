// Configures the Pothos builder and its plugins; types live one per file in ./types.
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import RelayPlugin from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import { badInput } from "../domain/errors.ts";
import type { Context } from "./context.ts";
import { LIMITS, TOO_COMPLEX } from "./limits.ts";

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Decimal: { Input: string; Output: string };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [ComplexityPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  complexity: {
    defaultComplexity: 1,
    // Unannotated lists are short (citations, leaders, facts, amounts).
    defaultListMultiplier: 5,
    limit: { complexity: LIMITS.complexity, depth: LIMITS.depth, breadth: LIMITS.breadth },
    complexityError: () => new GraphQLError(TOO_COMPLEX, { extensions: { code: "QUERY_TOO_COMPLEX" } }),
  },
  relay: {
    cursorType: "String",
    clientMutationId: "omit",
    nodesQueryOptions: false,
    nodeQueryOptions: false,
    decodeGlobalID: (globalID) => decodeGlobalID(globalID),
  },
});

builder.queryType({});

/** "Type:key" in base64, as the relay plugin encodes; anything else is bad input. */
export function decodeGlobalID(globalID: string): { typename: string; id: string } {
  const text = globalID.length <= 200 && /^[A-Za-z0-9+/]+={0,2}$/.test(globalID) ? Buffer.from(globalID, "base64").toString("utf8") : "";
  const colon = text.indexOf(":");
  if (colon <= 0 || colon === text.length - 1 || !/^[A-Za-z]+$/.test(text.slice(0, colon))) {
    throw badInput("`id` is not an ID issued by this API");
  }
  return { typename: text.slice(0, colon), id: text.slice(colon + 1) };
}
