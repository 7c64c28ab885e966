// What resolvers, loaders and the briefing renderer ask of the knowledge base:
// the narrow interface the doors compose. Its DynamoDB implementation is
// dynamodb-knowledge-store.ts; a decorator (a cache, a counter) implements the
// same interface around it.
import type { EntityMap, EntityType } from "../domain/entity-types.ts";
import type { Actor, AidFigure, AidKind, ContextFigure, Country, Initiative, InitiativeKind, Period, Source, Statement, Topic } from "../domain/records.ts";
import type { Page, PageArgs } from "./page.ts";
import type { ReferenceTables, ReferenceType } from "./reference-tables.ts";

export interface InitiativeFilter {
  /** Alpha-2, upper case (callers resolve alpha-3 first). */
  countryCode?: string | null;
  periodOrdinal?: number | null;
  kind?: InitiativeKind | null;
  fromYear?: number | null;
  toYear?: number | null;
  /** At most MAX_TEXT_FILTER characters (entities/initiative.ts). */
  text?: string | null;
  /** One of those who carry it; JAPAN also matches records that name no actor. */
  actor?: Actor | null;
  topic?: Topic | null;
}

export interface AidFigureFilter {
  countryCode?: string | null;
  kind?: AidKind | null;
  year?: number | null;
  regional?: boolean | null;
}

/** A loaded data set's version and the day it was released (YYYY-MM-DD); null when the data changed after its newest release. */
export interface DataRelease {
  version: string;
  released: string | null;
}

export interface KnowledgeStore {
  /** Records for the given keys, in the same order; null where none exists. */
  getMany<T extends EntityType>(type: T, keys: readonly (string | number)[]): Promise<(EntityMap[T] | null)[]>;
  /**
   * Periods and sources for one request: each table read whole, once (see
   * reference-tables.ts); a store may begin reading the `wanted` ones at once.
   */
  referenceTables(wanted?: readonly ReferenceType[]): ReferenceTables;
  listCountries(): Promise<Country[]>;
  listPeriods(): Promise<Period[]>;
  listSources(): Promise<Source[]>;
  /** Every statement, by slug: one Query, however many there are filters. */
  listStatements(): Promise<Statement[]>;
  /** Every context figure, by slug: one Query. */
  listContextFigures(): Promise<ContextFigure[]>;
  /** A country's aid figures (or the region's, for code null), ordered by kind then year. */
  aidFiguresOf(code: string | null, kind?: AidKind | null): Promise<AidFigure[]>;
  /** Initiatives chronologically, narrowed by the filter, a page at a time. */
  initiatives(filter: InitiativeFilter, page: PageArgs): Promise<Page<Initiative>>;
  /** Aid figures by country (regional last), kind and year, narrowed by the filter. */
  aidFigures(filter: AidFigureFilter, page: PageArgs): Promise<Page<AidFigure>>;
  /** How many initiatives the filter matches: one counting request, never a Scan. */
  countInitiatives(filter: InitiativeFilter): Promise<number>;
  /** How many aid figures the filter matches: one counting request, never a Scan. */
  countAidFigures(filter: AidFigureFilter): Promise<number>;
  /** The version of the loaded data set, or null before the first load. */
  dataVersion(): Promise<string | null>;
  /** The version of the loaded data set with its release date, or null before the first load. */
  dataRelease(): Promise<DataRelease | null>;
}
