import type { Citation } from "../../domain/records.ts";
import { builder } from "../builder.ts";
import { SourceRef } from "../node-refs.ts";

export const CitationRef = builder.objectRef<Citation>("Citation").implement({
  description: "Where a record's facts come from.",
  fields: (t) => ({
    source: t.field({ type: SourceRef, resolve: (c) => c.source }),
    locator: t.exposeString("locator", { nullable: true, description: 'Where in the source: a reference such as "[2, p. 4]" or "footnote [6]".' }),
    quote: t.exposeString("quote", { nullable: true, description: "The sentence the record rests on, verbatim." }),
  }),
});
