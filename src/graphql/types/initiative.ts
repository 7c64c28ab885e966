import type { InitiativeAmount, InitiativeKind } from "../../domain/records.ts";
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
import { ActorEnum, TopicEnum } from "./vocabulary.ts";

const KIND_MEANINGS: Record<InitiativeKind, string> = {
  DIALOGUE: "A standing forum between Japan and the republics.",
  DOCTRINE: "A named strategy, concept or plan.",
  PROGRAM: "A programme of aid or cooperation.",
  PROJECT: "A project with a place and, where given, an amount.",
  CONFERENCE: "A conference.",
  MEETING: "A meeting, such as the dialogue's foreign ministers' meetings.",
  VISIT: "A visit.",
  AGREEMENT: "Signed agreements or contracts.",
  TREATY: "A treaty (see signedYear and inForceYear).",
  POLICY: "A change of focus or emphasis the sources describe without a name of its own.",
  DIPLOMATIC_RELATIONS: "The establishment of diplomatic relations.",
  DECISION: "A decision of another body that bears on Japan's relations, such as the OECD's listing of developing countries.",
  STUDY: "A policy study or report.",
  ORGANISATION: "A regional organisation or formation.",
  CORRIDOR: "A transport corridor.",
};

export const InitiativeKindEnum = builder.enumType("InitiativeKind", {
  values: Object.fromEntries(Object.entries(KIND_MEANINGS).map(([value, description]) => [value, { value, description }])) as Record<
    InitiativeKind,
    { value: InitiativeKind; description: string }
  >,
});

const LabelledAmountRef = builder.objectRef<InitiativeAmount>("LabelledAmount").implement({
  description: "One of an initiative's amounts, with the label that tells it from the others.",
  fields: (t) => ({
    label: t.exposeString("label", { description: 'What the amount is: "loan: international main roads improvement", "grants: Manas airport equipment".' }),
    amount: t.field({ type: MoneyRef, resolve: (a) => a }),
  }),
});

InitiativeRef.implement({
  description: "A dialogue, doctrine, program, project, conference, meeting, visit, agreement or treaty.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    name: t.exposeString("name"),
    kind: t.field({ type: InitiativeKindEnum, resolve: (i) => i.kind }),
    year: t.exposeInt("year", { description: "Year it began or took place." }),
    month: t.exposeInt("month", { nullable: true, description: "Month, where the sources give it." }),
    endYear: t.exposeInt("endYear", {
      nullable: true,
      description:
        "Last year of the span the sources date it to: the year it ended (then equal to endedYear) or its last dated year; null when ongoing or not given. Never an entry-into-force year (see inForceYear).",
    }),
    signedYear: t.exposeInt("signedYear", { nullable: true, description: "A treaty's or agreement's year of signature (then equal to year)." }),
    inForceYear: t.exposeInt("inForceYear", { nullable: true, description: "A treaty's or agreement's year of entry into force." }),
    endedYear: t.exposeInt("endedYear", {
      nullable: true,
      description: "The year it ended or was abandoned; the note says how precisely the sources date it. null: not ended, or no end given.",
    }),
    actor: t.field({
      type: ActorEnum,
      description: "Who leads it: JAPAN unless another power, group or body does (see actors).",
      resolve: (i) => i.actors?.[0] ?? "JAPAN",
    }),
    actors: t.field({ type: [ActorEnum], description: "Everyone who carries it, the lead first.", resolve: (i) => i.actors ?? (["JAPAN"] as const) }),
    topics: t.field({ type: [TopicEnum], description: "What it concerns.", resolve: (i) => i.topics ?? [] }),
    labelledAmounts: t.field({
      type: [LabelledAmountRef],
      description: "The same amounts as `amounts`, in the same order, each with a label that tells it from the others (a loan from grants, one source's figure from another's).",
      resolve: (i) => i.amounts,
    }),
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
    actor: t.field({ type: ActorEnum, description: "Carried by this actor, lead or not: JAPAN for Japan's initiatives, CHINA for China's, and so on." }),
    topic: t.field({ type: TopicEnum, description: "Concerning this topic." }),
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
      return toConnection(f ? await ctx.store.initiatives(f, { first, after }) : EMPTY_PAGE, async () => (f ? ctx.store.countInitiatives(f) : 0));
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
