import { INITIATIVE_KINDS } from "../../domain/enums.ts";
import { badInput } from "../../domain/errors.ts";
import { checkYearInput, isSlugInput } from "../../domain/input-checks.ts";
import { EMPTY_PAGE } from "../../store/page.ts";
import { builder } from "../builder.ts";
import { InitiativeConnection, pageComplexity, toConnection } from "../connection.ts";
import { withCountryCode } from "../country-code.ts";
import { CountryRef, InitiativeRef, PeriodRef } from "../node-refs.ts";
import { loadOrNull } from "../record-loading.ts";
import { CitationRef } from "./citation.ts";
import { MoneyRef } from "./money.ts";

export const InitiativeKindEnum = builder.enumType("InitiativeKind", { values: INITIATIVE_KINDS });

InitiativeRef.implement({
  description: "A dialogue, doctrine, program, project, conference, meeting, visit, agreement or treaty.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    name: t.exposeString("name"),
    kind: t.field({ type: InitiativeKindEnum, resolve: (i) => i.kind }),
    year: t.exposeInt("year", { description: "Year it began or took place." }),
    month: t.exposeInt("month", { nullable: true, description: "Month, where the sources give it." }),
    endYear: t.exposeInt("endYear", { nullable: true }),
    summary: t.exposeString("summary"),
    note: t.exposeString("note", { nullable: true, description: "How the sources were read, where that needed care." }),
    countries: t.field({
      type: [CountryRef],
      description: "The republics it concerns.",
      resolve: (i) => i.countries,
    }),
    period: t.field({ type: PeriodRef, resolve: (i) => String(i.period) }),
    amounts: t.field({ type: [MoneyRef], resolve: (i) => i.amounts }),
    citations: t.field({ type: [CitationRef], resolve: (i) => i.citations }),
  }),
});

const InitiativeFilter = builder.inputType("InitiativeFilter", {
  description: "Every field given narrows the list; years compare with the year an initiative began.",
  fields: (t) => ({
    countryCode: t.string({ description: "ISO 3166-1 alpha-2 or alpha-3, any case." }),
    periodOrdinal: t.int(),
    kind: t.field({ type: InitiativeKindEnum }),
    fromYear: t.int(),
    toYear: t.int(),
    text: t.string({ description: "Words in the name or summary; case and diacritics are ignored." }),
  }),
});

builder.queryField("initiatives", (t) =>
  t.field({
    type: InitiativeConnection,
    description: "Initiatives chronologically, optionally filtered; `first` is at most 100 (default 20).",
    args: { first: t.arg.int(), after: t.arg.string(), filter: t.arg({ type: InitiativeFilter }) },
    complexity: pageComplexity,
    resolve: async (_, { first, after, filter }, ctx) => {
      checkYearInput("filter.fromYear", filter?.fromYear);
      checkYearInput("filter.toYear", filter?.toYear);
      if (filter?.fromYear != null && filter.toYear != null && filter.fromYear > filter.toYear) throw badInput("filter.fromYear is after filter.toYear");
      const f = await withCountryCode(filter ?? {}, ctx);
      return toConnection(f ? await ctx.store.initiatives(f, { first, after }) : EMPTY_PAGE);
    },
  }),
);

builder.queryField("initiative", (t) =>
  t.field({
    type: InitiativeRef,
    nullable: true,
    description: "An initiative by slug; null when there is none.",
    args: { slug: t.arg.string({ required: true }) },
    resolve: (_, { slug }, ctx) => {
      if (!isSlugInput(slug)) throw badInput("slugs are lower-case words joined by hyphens");
      return loadOrNull(InitiativeRef, ctx, slug);
    },
  }),
);
