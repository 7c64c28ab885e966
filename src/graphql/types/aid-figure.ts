import { AID_KINDS } from "../../domain/enums.ts";
import { checkYearInput } from "../../domain/input-checks.ts";
import type { AidKind } from "../../domain/records.ts";
import { EMPTY_PAGE } from "../../store/page.ts";
import { builder } from "../builder.ts";
import { AidFigureConnection, pageComplexity, toConnection } from "../connection.ts";
import { withCountryCode } from "../country-code.ts";
import { AidFigureRef, CountryRef, InitiativeRef } from "../node-refs.ts";
import { loadOrNull } from "../record-loading.ts";
import { CitationRef } from "./citation.ts";
import { MoneyRef } from "./money.ts";

const AID_KIND_MEANINGS: Record<AidKind, string> = {
  LOAN: "Loans (credit assistance).",
  GRANT: "Grants.",
  TECHNICAL_COOPERATION: "Technical cooperation.",
  ODA_TOTAL: "Official development assistance of all forms; only where the cited source calls the amount ODA.",
  CONTRACTS: "Contracts or agreements signed.",
  ALLOCATION: "An amount the source says was allocated, without calling it ODA or naming its form.",
};

export const AidKindEnum = builder.enumType("AidKind", {
  values: Object.fromEntries(Object.entries(AID_KIND_MEANINGS).map(([value, description]) => [value, { value, description }])) as Record<
    AidKind,
    { value: AidKind; description: string }
  >,
});

const FigureScopeEnum = builder.enumType("FigureScope", {
  description: "Which countries an aid figure's amount covers.",
  values: {
    COUNTRY: { value: "COUNTRY", description: "The figure's country alone." },
    CENTRAL_ASIA: { value: "CENTRAL_ASIA", description: "The five Central Asian republics together." },
    CENTRAL_ASIA_AND_MONGOLIA: { value: "CENTRAL_ASIA_AND_MONGOLIA", description: "The five republics and Mongolia (the AVİM analysis's $45 billion for Abe's 2015 trip)." },
  },
});
const AidBasisEnum = builder.enumType("AidBasis", {
  description: "What a figure measures.",
  values: {
    CUMULATIVE: { value: "CUMULATIVE", description: "A running total up to asOfYear." },
    ANNUAL: { value: "ANNUAL", description: "The flow in the year asOfYear." },
    COMMITMENT: { value: "COMMITMENT", description: "A single loan, grant or set of agreements, committed in asOfYear." },
  },
});

AidFigureRef.implement({
  description: "An amount of Japanese aid or agreements, for one country or the region.",
  fields: (t) => ({
    country: t.field({
      type: CountryRef,
      nullable: true,
      description: "null: the region as a whole.",
      resolve: (a, _, ctx) => (a.country ? loadOrNull(CountryRef, ctx, a.country) : null),
    }),
    kind: t.field({ type: AidKindEnum, resolve: (a) => a.kind }),
    basis: t.field({ type: AidBasisEnum, resolve: (a) => a.basis }),
    amount: t.field({ type: MoneyRef, nullable: true, description: "null: the source says not available.", resolve: (a) => a.amount }),
    asOfYear: t.exposeInt("asOfYear"),
    scope: t.field({
      type: FigureScopeEnum,
      description: "Which countries the amount covers; a figure whose country is null may cover more than the five republics.",
      resolve: (a) => a.scope,
    }),
    note: t.exposeString("note", { nullable: true }),
    initiative: t.field({
      type: InitiativeRef,
      nullable: true,
      description: "The initiative the amount belongs to, if any.",
      resolve: (a, _, ctx) => (a.initiative ? loadOrNull(InitiativeRef, ctx, a.initiative) : null),
    }),
    citations: t.field({ type: [CitationRef], resolve: (a) => a.citations }),
  }),
});

const AidFigureFilter = builder.inputType("AidFigureFilter", {
  fields: (t) => ({
    countryCode: t.string({ description: "ISO 3166-1 alpha-2 or alpha-3, any case." }),
    kind: t.field({ type: AidKindEnum }),
    year: t.int({ description: "asOfYear equals this year." }),
    regional: t.boolean({ description: "true: only figures for the region as a whole; false: only per-country figures." }),
  }),
});

builder.queryField("aidFigures", (t) =>
  t.field({
    type: AidFigureConnection,
    description: "Aid figures by country (regional last), kind and year; `first` is at most 100 (default 20).",
    args: { first: t.arg.int(), after: t.arg.string(), filter: t.arg({ type: AidFigureFilter }) },
    complexity: pageComplexity,
    resolve: async (_, { first, after, filter }, ctx) => {
      checkYearInput("filter.year", filter?.year);
      const f = await withCountryCode(filter ?? {}, ctx);
      return toConnection(f ? await ctx.store.aidFigures(f, { first, after }) : EMPTY_PAGE, async () => (f ? ctx.store.countAidFigures(f) : 0));
    },
  }),
);
