import { builder } from "../builder.ts";
import { InitiativeConnection, perParentPageComplexity, toConnection } from "../connection.ts";
import { PeriodRef } from "../node-refs.ts";
import { loadOrNull } from "../record-loading.ts";
import { CitationRef } from "./citation.ts";

PeriodRef.implement({
  description: "One of the five periods of Japan's relations with Central Asia since 1992.",
  fields: (t) => ({
    ordinal: t.exposeInt("ordinal", { description: "1 to 5, chronologically." }),
    startYear: t.exposeInt("startYear"),
    endYear: t.exposeInt("endYear", { nullable: true, description: "null: to the present." }),
    title: t.exposeString("title"),
    summary: t.exposeString("summary"),
    leaders: t.exposeStringList("leaders", {
      description:
        'Japanese leaders of the period, as "Name, role": every prime minister in office at any time in the years startYear to endYear (the periods share boundary years, so one in office in a boundary year appears in both; period 5 up to the data\'s date), then the other office-holders the sources name.',
    }),
    initiatives: t.field({
      type: InitiativeConnection,
      description: "Initiatives of this period, chronologically.",
      args: { first: t.arg.int(), after: t.arg.string() },
      complexity: perParentPageComplexity,
      resolve: async (p, page, ctx) => toConnection(await ctx.store.initiatives({ periodOrdinal: p.ordinal }, page), () => ctx.store.countInitiatives({ periodOrdinal: p.ordinal })),
    }),
    citations: t.field({ type: [CitationRef], resolve: (p) => p.citations }),
  }),
});

builder.queryField("periods", (t) =>
  t.field({
    type: [PeriodRef],
    description: "The periods, chronologically.",
    resolve: (_, __, ctx) => ctx.references.all("Period"),
  }),
);

builder.queryField("period", (t) =>
  t.field({
    type: PeriodRef,
    nullable: true,
    args: { ordinal: t.arg.int({ required: true }) },
    resolve: (_, { ordinal }, ctx) => loadOrNull(PeriodRef, ctx, String(ordinal)),
  }),
);
