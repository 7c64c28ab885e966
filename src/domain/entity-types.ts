// The record types by name: what the store is asked for ("Country", "Initiative", ...).
import type { AidFigure, ContextFigure, Country, Initiative, Period, Source, Statement } from "./records.ts";

export type EntityType = "Country" | "Period" | "Initiative" | "AidFigure" | "Source" | "Statement" | "ContextFigure";

export interface EntityMap {
  Country: Country;
  Period: Period;
  Initiative: Initiative;
  AidFigure: AidFigure;
  Source: Source;
  Statement: Statement;
  ContextFigure: ContextFigure;
}
