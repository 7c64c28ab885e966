// Statements: what the sources say about Japan's aims and activities, the
// regional setting, and their own judgements, each attributed and cited; where
// the sources disagree, each statement names the other (contrasts).
import { STATEMENT_KINDS } from "../../domain/enums.ts";
import type { Statement } from "../../domain/records.ts";
import { builder } from "../builder.ts";
import { resolveCountryCode } from "../country-code.ts";
import { CountryRef } from "../node-refs.ts";
import { CitationRef } from "./citation.ts";
import { TopicEnum } from "./vocabulary.ts";

const StatementKindEnum = builder.enumType("StatementKind", {
  description: "What a statement is.",
  values: {
    AIM: { value: "AIM", description: "Japan's motives and aims, as a source states them." },
    ACTIVITY: { value: "ACTIVITY", description: "What Japan does, where the sources give no date." },
    SETTING: { value: "SETTING", description: "The regional setting: other powers, routes, geography." },
    ASSESSMENT: { value: "ASSESSMENT", description: "A source's judgement, attributed in the text." },
  } satisfies Record<(typeof STATEMENT_KINDS)[number], unknown>,
});

const StatementRef = builder.objectRef<Statement>("Statement");
StatementRef.implement({
  description: "A cited statement that is not a dated initiative: an aim, an activity, the regional setting or a judgement. Its text says whose view it is.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    kind: t.field({ type: StatementKindEnum, resolve: (s) => s.kind }),
    topics: t.field({ type: [TopicEnum], resolve: (s) => s.topics }),
    text: t.exposeString("text"),
    note: t.exposeString("note", { nullable: true }),
    countries: t.field({ type: [CountryRef], description: "The republics it concerns; empty for the region as a whole.", resolve: (s) => s.countries }),
    contrasts: t.field({
      type: [StatementRef],
      description: "Statements of the other source that disagree with or qualify this one; each names this one back.",
      resolve: async (s, _, ctx) => (await ctx.references.getMany("Statement", s.contrasts)).filter((x): x is Statement => x !== null),
    }),
    citations: t.field({ type: [CitationRef], resolve: (s) => s.citations }),
  }),
});

const StatementFilter = builder.inputType("StatementFilter", {
  description: "Every field given narrows the list.",
  fields: (t) => ({
    kind: t.field({ type: StatementKindEnum }),
    topic: t.field({ type: TopicEnum }),
    countryCode: t.string({ description: "ISO 3166-1 alpha-2 or alpha-3, any case: statements naming that republic." }),
  }),
});

builder.queryField("statements", (t) =>
  t.field({
    type: [StatementRef],
    description: "Statements by slug, optionally filtered (a small table, read whole once per request).",
    args: { filter: t.arg({ type: StatementFilter }) },
    complexity: { field: 1, multiplier: 20 },
    resolve: async (_, { filter }, ctx) => {
      const code = filter?.countryCode == null ? undefined : await resolveCountryCode(filter.countryCode, ctx);
      if (code === null) return [];
      return (await ctx.references.all("Statement")).filter(
        (s) => (!filter?.kind || s.kind === filter.kind) && (!filter?.topic || s.topics.includes(filter.topic)) && (!code || s.countries.includes(code)),
      );
    },
  }),
);
