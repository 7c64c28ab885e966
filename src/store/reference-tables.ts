// Periods and sources are small reference tables that nearly every record
// cites. A request reads each of them whole, at most once, with one Query on
// the by-type index (a 1 MB page holds about 2,000 sources), however many records cite them
// and at whatever depths the citations appear. A BatchGetItem per DataLoader
// batch would cost more requests as the data grows: one batch per tick in which
// cited records arrive (so the count varies with timing), and one request per
// 100 distinct keys (quality.md P1). Statements and context figures are small
// tables read the same way, so that a request asking for them twice reads once.
import type { EntityMap } from "../domain/entity-types.ts";
import type { ContextFigure, Period, Source, Statement } from "../domain/records.ts";

export type ReferenceType = "Period" | "Source" | "Statement" | "ContextFigure";

/** Per-request access to the reference tables; create one per request. */
export interface ReferenceTables {
  /** Every record of the table, in its index order. */
  all<T extends ReferenceType>(type: T): Promise<EntityMap[T][]>;
  /** Records for the given keys, in the same order; null where none exists. */
  getMany<T extends ReferenceType>(type: T, keys: readonly string[]): Promise<(EntityMap[T] | null)[]>;
}

/** The lists the tables are read from (a KnowledgeStore has them). */
export interface ReferenceLists {
  listPeriods(): Promise<Period[]>;
  listSources(): Promise<Source[]>;
  listStatements(): Promise<Statement[]>;
  listContextFigures(): Promise<ContextFigure[]>;
}

const lookupKeyOf = {
  // Ordinals compare as numbers, as the table's keys do ("3" and "03" are period 3).
  Period: (p: EntityMap["Period"]) => String(p.ordinal),
  Source: (s: EntityMap["Source"]) => s.slug,
  Statement: (s: EntityMap["Statement"]) => s.slug,
  ContextFigure: (f: EntityMap["ContextFigure"]) => f.slug,
};
const asIs = (key: string) => key;
const normalize = { Period: (key: string) => String(Number(key)), Source: asIs, Statement: asIs, ContextFigure: asIs };

export function wholeReferenceTables(store: ReferenceLists): ReferenceTables {
  const lists = {
    Period: () => store.listPeriods(),
    Source: () => store.listSources(),
    Statement: () => store.listStatements(),
    ContextFigure: () => store.listContextFigures(),
  };
  const read = new Map<ReferenceType, Promise<{ list: unknown[]; byKey: Map<string, unknown> }>>();
  const table = (type: ReferenceType) => {
    let pending = read.get(type);
    if (!pending) {
      pending = lists[type]().then((list) => ({ list, byKey: new Map(list.map((r) => [(lookupKeyOf[type] as (r: unknown) => string)(r), r])) }));
      read.set(type, pending);
    }
    return pending;
  };
  return {
    all: async <T extends ReferenceType>(type: T) => (await table(type)).list as EntityMap[T][],
    getMany: async <T extends ReferenceType>(type: T, keys: readonly string[]) => {
      const { byKey } = await table(type);
      return keys.map((key) => (byKey.get(normalize[type](key)) as EntityMap[T] | undefined) ?? null);
    },
  };
}
