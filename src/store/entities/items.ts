// Every item a data set is stored as: each entity's originals and copies, and
// the data version with its release date.
import type { Dataset } from "../../domain/records.ts";
import { aidFigureItems } from "./aid-figure.ts";
import { contextFigureItems } from "./context-figure.ts";
import { countryItems } from "./country.ts";
import { metaItem } from "./data-version.ts";
import { initiativeItems } from "./initiative.ts";
import type { Item } from "./layout.ts";
import { periodItems } from "./period.ts";
import { sourceItems } from "./source.ts";
import { statementItems } from "./statement.ts";

export function itemsFor(data: Dataset, version: string, released: string | null = null): Item[] {
  return [
    ...data.countries.flatMap(countryItems),
    ...data.periods.flatMap(periodItems),
    ...data.sources.flatMap(sourceItems),
    ...data.initiatives.flatMap(initiativeItems),
    ...data.aidFigures.flatMap(aidFigureItems),
    ...data.statements.flatMap(statementItems),
    ...data.contextFigures.flatMap(contextFigureItems),
    metaItem(version, released),
  ];
}
