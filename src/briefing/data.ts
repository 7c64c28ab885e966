// Everything a briefing shows, gathered from the store in one place (one
// round of parallel reads), so the renderer works on plain data and never
// talks to DynamoDB itself. Country briefs and the regional brief read the
// same snapshot: a country's brief compares it with the other four.
import type { AidFigure, Country, Initiative, Period, Source } from "../domain/records.ts";
import type { InitiativeFilter, KnowledgeStore } from "../store/knowledge-store.ts";

export interface Snapshot {
  dataVersion: string;
  /** The day the data was released (YYYY-MM-DD); null when it changed after its newest release. */
  released: string | null;
  /** The five republics, in the store's order. */
  countries: Country[];
  periods: Period[];
  /** Every initiative, chronologically. */
  initiatives: Initiative[];
  /** Every aid figure; regional ones have country null. */
  aidFigures: AidFigure[];
  sources: ReadonlyMap<string, Source>;
}

export interface BriefingData extends Snapshot {
  /** The country the brief is about. */
  country: Country;
}

/** Looks a country up by alpha-2 or alpha-3 code (any case); null when none of the five has it. */
export async function findCountry(store: KnowledgeStore, code: string): Promise<Country | null> {
  const [country] = await store.getMany("Country", [code.toUpperCase()]);
  return country ?? null;
}

/** Reads everything in one round of parallel reads, the data's release among them. */
export async function gatherSnapshot(store: KnowledgeStore, version?: string): Promise<Snapshot> {
  const [release, countries, periods, initiatives, aidFigures, sources] = await Promise.all([
    store.dataRelease(),
    store.listCountries(),
    store.listPeriods(),
    allPages((after) => store.initiatives({} as InitiativeFilter, { first: 100, after })),
    allPages((after) => store.aidFigures({}, { first: 100, after })),
    store.listSources(),
  ]);
  return {
    dataVersion: version ?? release?.version ?? "unversioned",
    released: release?.released ?? null,
    countries,
    periods: [...periods].sort((a, b) => a.ordinal - b.ordinal),
    initiatives,
    aidFigures,
    sources: new Map(sources.map((s) => [s.slug, s])),
  };
}

export async function gatherBriefing(store: KnowledgeStore, country: Country, version?: string): Promise<BriefingData> {
  return { ...(await gatherSnapshot(store, version)), country };
}

interface Paged<T> {
  edges: { node: T }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

async function allPages<T>(read: (after: string | null) => Promise<Paged<T>>): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  do {
    const page: Paged<T> = await read(after);
    all.push(...page.edges.map((e) => e.node));
    after = page.hasNextPage ? page.endCursor : null;
  } while (after);
  return all;
}
