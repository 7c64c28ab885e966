// The object refs of every node type, with their per-request loaders:
// BatchGetItem through the store, except for periods and sources, which come
// from the request's reference tables (read whole, once). Kept apart from the
// type files so that types can refer to each other without import cycles.
import type { EntityType } from "../domain/entity-types.ts";
import type { AidFigure, Country, Initiative, Period, Source } from "../domain/records.ts";
import type { ReferenceType } from "../store/reference-tables.ts";
import { builder } from "./builder.ts";
import type { Context } from "./context.ts";
import { MissingRecord } from "./record-loading.ts";

const loader =
  <T extends EntityType>(type: T) =>
  async (keys: readonly string[], ctx: Context) =>
    (await ctx.store.getMany(type, keys)).map((record, i) => record ?? new MissingRecord(type, keys[i] ?? ""));

const referenceLoader =
  <T extends ReferenceType>(type: T) =>
  async (keys: readonly string[], ctx: Context) =>
    (await ctx.references.getMany(type, keys)).map((record, i) => record ?? new MissingRecord(type, keys[i] ?? ""));

export const CountryRef = builder.loadableNodeRef<Country | Error, string, string>("Country", {
  id: { resolve: (c) => c.code },
  load: loader("Country"),
});

export const PeriodRef = builder.loadableNodeRef<Period | Error, string, string>("Period", {
  id: { resolve: (p) => String(p.ordinal) },
  load: referenceLoader("Period"),
});

export const InitiativeRef = builder.loadableNodeRef<Initiative | Error, string, string>("Initiative", {
  id: { resolve: (i) => i.slug },
  load: loader("Initiative"),
});

export const AidFigureRef = builder.loadableNodeRef<AidFigure | Error, string, string>("AidFigure", {
  id: { resolve: (a) => a.slug },
  load: loader("AidFigure"),
});

export const SourceRef = builder.loadableNodeRef<Source | Error, string, string>("Source", {
  id: { resolve: (s) => s.slug },
  load: referenceLoader("Source"),
});
