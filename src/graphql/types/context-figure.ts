// Context figures: numbers the sources give as background to Japan's policy
// (energy consumption, rare-earth shares, a rival corridor's value), not aid.
import type { ContextFigure, Quantity } from "../../domain/records.ts";
import { builder } from "../builder.ts";
import { CitationRef } from "./citation.ts";
import "./decimal.ts";
import { TopicEnum } from "./vocabulary.ts";

const ContextFigureKindEnum = builder.enumType("ContextFigureKind", {
  description: "What a context figure measures.",
  values: {
    ENERGY_CONSUMPTION: { value: "ENERGY_CONSUMPTION", description: "A country's consumption of an energy resource." },
    ENERGY_OUTLOOK: { value: "ENERGY_OUTLOOK", description: "An expected future consumption." },
    PRODUCTION_SHARE: { value: "PRODUCTION_SHARE", description: "A share of world production." },
    PROJECT_VALUE: { value: "PROJECT_VALUE", description: "The value of another power's project." },
    DISTANCE: { value: "DISTANCE", description: "A distance between two places." },
  },
});

const QuantityUnitEnum = builder.enumType("QuantityUnit", { values: ["TONNES", "CUBIC_METRES", "PERCENT", "USD", "KILOMETRES"] as const });

const QuantityRef = builder.objectRef<Quantity>("Quantity").implement({
  description: "An exact quantity in a unit, or a range (value up to upTo).",
  fields: (t) => ({
    value: t.field({ type: "Decimal", resolve: (q) => q.value }),
    upTo: t.field({ type: "Decimal", nullable: true, description: 'Upper bound of a range such as "50-70 km"; null for a single value.', resolve: (q) => q.upTo ?? null }),
    unit: t.field({ type: QuantityUnitEnum, resolve: (q) => q.unit }),
    approximate: t.exposeBoolean("approximate", { description: "True where the source says about or approximately." }),
  }),
});

const ContextFigureRef = builder.objectRef<ContextFigure>("ContextFigure").implement({
  description: "A figure the sources give as context for Japan's policy: energy, resources, other powers' projects. Not Japanese aid (see AidFigure).",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    kind: t.field({ type: ContextFigureKindEnum, resolve: (f) => f.kind }),
    label: t.exposeString("label", { description: 'What is measured, in words: "Japan\'s consumption of oil".' }),
    quantity: t.field({ type: QuantityRef, resolve: (f) => f.quantity }),
    year: t.exposeInt("year", { nullable: true, description: "The year it refers to; null where the sources give none." }),
    topics: t.field({ type: [TopicEnum], resolve: (f) => f.topics }),
    note: t.exposeString("note", { nullable: true }),
    citations: t.field({ type: [CitationRef], resolve: (f) => f.citations }),
  }),
});

const ContextFigureFilter = builder.inputType("ContextFigureFilter", {
  description: "Every field given narrows the list.",
  fields: (t) => ({
    kind: t.field({ type: ContextFigureKindEnum }),
    topic: t.field({ type: TopicEnum }),
  }),
});

builder.queryField("contextFigures", (t) =>
  t.field({
    type: [ContextFigureRef],
    description: "Context figures by slug, optionally filtered (a small table, read whole once per request).",
    args: { filter: t.arg({ type: ContextFigureFilter }) },
    complexity: { field: 1, multiplier: 20 },
    resolve: async (_, { filter }, ctx) =>
      (await ctx.references.all("ContextFigure")).filter((f) => (!filter?.kind || f.kind === filter.kind) && (!filter?.topic || f.topics.includes(filter.topic))),
  }),
);
