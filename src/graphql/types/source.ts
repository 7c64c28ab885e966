import { builder } from "../builder.ts";
import { SourceRef } from "../node-refs.ts";

SourceRef.implement({
  description: "A document the knowledge base cites.",
  fields: (t) => ({
    slug: t.exposeString("slug"),
    title: t.exposeString("title"),
    author: t.exposeString("author", { nullable: true }),
    publisher: t.exposeString("publisher", { nullable: true }),
    published: t.exposeString("published", { nullable: true, description: "As precise as known: YYYY, YYYY-MM or YYYY-MM-DD." }),
    url: t.exposeString("url", { nullable: true }),
    note: t.exposeString("note", { nullable: true }),
  }),
});

builder.queryField("sources", (t) =>
  t.field({
    type: [SourceRef],
    description: "Every source, by slug.",
    complexity: { field: 1, multiplier: 20 },
    resolve: (_, __, ctx) => ctx.references.all("Source"),
  }),
);
