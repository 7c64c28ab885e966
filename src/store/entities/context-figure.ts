// Context figures: keyed and listed by slug, read whole like statements.
import type { ContextFigure } from "../../domain/records.ts";
import { BY_TYPE, type Item, type QueryRequest, byTypeQuery, entityItem } from "./layout.ts";

export const contextFigureKey = (slug: string) => `CONTEXT#${slug}`;

export function contextFigureItems(f: ContextFigure): Item[] {
  return [entityItem("ContextFigure", f, { pk: contextFigureKey(f.slug), [BY_TYPE.pk]: "CONTEXTFIGURE", [BY_TYPE.sk]: f.slug })];
}

export const contextFiguresBySlug = (): QueryRequest => byTypeQuery("CONTEXTFIGURE");
