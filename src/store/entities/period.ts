// Periods: keyed by ordinal (two digits, so that they sort), listed chronologically.
import type { Period } from "../../domain/records.ts";
import { BY_TYPE, type Item, type QueryRequest, byTypeQuery, entityItem, pad } from "./layout.ts";

export const periodKey = (ordinal: number | string) => `PERIOD#${pad(Number(ordinal), 2)}`;

export function periodItems(p: Period): Item[] {
  return [entityItem("Period", p, { pk: periodKey(p.ordinal), [BY_TYPE.pk]: "PERIOD", [BY_TYPE.sk]: pad(p.ordinal, 2) })];
}

export const periodsChronologically = (): QueryRequest => byTypeQuery("PERIOD");
