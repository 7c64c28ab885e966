import type { CountryFact } from "../../domain/records.ts";
import { builder } from "../builder.ts";
import { InitiativeConnection, perParentListComplexity, perParentPageComplexity, toConnection } from "../connection.ts";
import { resolveCountryCode } from "../country-code.ts";
import { AidFigureRef, CountryRef } from "../node-refs.ts";
import { loadOrNull, prime } from "../record-loading.ts";
import { AidKindEnum } from "./aid-figure.ts";
import { CitationRef } from "./citation.ts";
import { TopicEnum } from "./vocabulary.ts";

const CountryFactRef = builder.objectRef<CountryFact>("CountryFact").implement({
  description: "A cited fact about a country that matters to its relations with Japan.",
  fields: (t) => ({
    topic: t.exposeString("topic", { description: 'A short heading, such as "Geography" or "Energy".' }),
    topics: t.field({ type: [TopicEnum], description: "What the fact concerns, for filtering (see Country.facts).", resolve: (f) => f.topics }),
    text: t.exposeString("text"),
    citations: t.field({ type: [CitationRef], resolve: (f) => f.citations }),
  }),
});

CountryRef.implement({
  description: "One of the five Central Asian republics.",
  fields: (t) => ({
    code: t.exposeString("code", { description: "ISO 3166-1 alpha-2 code." }),
    iso3: t.exposeString("iso3", { description: "ISO 3166-1 alpha-3 code." }),
    name: t.exposeString("name", { description: "Common English name." }),
    officialName: t.exposeString("officialName", { nullable: true }),
    capital: t.exposeString("capital"),
    diplomaticRelationsSince: t.exposeInt("diplomaticRelationsSince", { description: "Year Japan established diplomatic relations." }),
    investmentAgreementWithJapan: t.exposeBoolean("investmentAgreementWithJapan"),
    summary: t.exposeString("summary"),
    facts: t.field({
      type: [CountryFactRef],
      args: { topic: t.arg({ type: TopicEnum, description: "Only the facts concerning this topic." }) },
      resolve: (c, { topic }) => (topic ? c.facts.filter((f) => f.topics.includes(topic)) : c.facts),
    }),
    citations: t.field({ type: [CitationRef], resolve: (c) => c.citations }),
    aidFigures: t.field({
      type: [AidFigureRef],
      description: "Aid figures for this country, by kind then year.",
      args: { kind: t.arg({ type: AidKindEnum }) },
      complexity: perParentListComplexity(10),
      resolve: (c, { kind }, ctx) => ctx.store.aidFiguresOf(c.code, kind),
    }),
    initiatives: t.field({
      type: InitiativeConnection,
      description: "Initiatives concerning this country, chronologically.",
      args: { first: t.arg.int(), after: t.arg.string() },
      complexity: perParentPageComplexity,
      resolve: async (c, page, ctx) => toConnection(await ctx.store.initiatives({ countryCode: c.code }, page), () => ctx.store.countInitiatives({ countryCode: c.code })),
    }),
    briefingUrl: t.string({
      description: "Where this country's briefing PDF is served.",
      resolve: (c, _, ctx) => `${ctx.publicOrigin}/briefings/${c.code}.pdf`,
    }),
  }),
});

builder.queryField("countries", (t) =>
  t.field({
    type: [CountryRef],
    description: "The five republics, by name.",
    resolve: async (_, __, ctx) => prime(CountryRef, ctx, await ctx.store.listCountries(), (c) => c.code),
  }),
);

builder.queryField("country", (t) =>
  t.field({
    type: CountryRef,
    nullable: true,
    description: "A country by ISO 3166-1 alpha-2 or alpha-3 code, in any case; null for a code of no Central Asian republic.",
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_, { code }, ctx) => {
      const alpha2 = await resolveCountryCode(code, ctx);
      return alpha2 ? loadOrNull(CountryRef, ctx, alpha2) : null;
    },
  }),
);
