// Statements: keyed and listed by slug. A small table every request that asks
// for statements reads whole, once (one Query on the by-type index); filters
// apply to the list in memory.
import type { Statement } from "../../domain/records.ts";
import { BY_TYPE, type Item, type QueryRequest, byTypeQuery, entityItem } from "./layout.ts";

export const statementKey = (slug: string) => `STATEMENT#${slug}`;

export function statementItems(s: Statement): Item[] {
  return [entityItem("Statement", s, { pk: statementKey(s.slug), [BY_TYPE.pk]: "STATEMENT", [BY_TYPE.sk]: s.slug })];
}

export const statementsBySlug = (): QueryRequest => byTypeQuery("STATEMENT");
