// The record types by name: what the store is asked for ("Country", "Initiative", ...).
import type { AidFigure, Country, Initiative, Period, Source } from "./records.ts";

export type EntityType = "Country" | "Period" | "Initiative" | "AidFigure" | "Source";

export interface EntityMap {
  Country: Country;
  Period: Period;
  Initiative: Initiative;
  AidFigure: AidFigure;
  Source: Source;
}
