// The key of each entity's own item, by type: what a lookup by key asks for.
// Each item's pk and sk are equal (entityItem in layout.ts).
import type { EntityType } from "../../domain/entity-types.ts";
import { aidFigureKey } from "./aid-figure.ts";
import { contextFigureKey } from "./context-figure.ts";
import { countryKey } from "./country.ts";
import { initiativeKey } from "./initiative.ts";
import { periodKey } from "./period.ts";
import { sourceKey } from "./source.ts";
import { statementKey } from "./statement.ts";

export const keyOf = {
  Country: countryKey,
  Period: periodKey,
  Initiative: initiativeKey,
  AidFigure: aidFigureKey,
  Source: sourceKey,
  Statement: statementKey,
  ContextFigure: contextFigureKey,
} satisfies Record<EntityType, (key: string) => string>;

export const itemKey = (type: EntityType, key: string) => {
  const pk = keyOf[type](key);
  return { pk, sk: pk };
};
