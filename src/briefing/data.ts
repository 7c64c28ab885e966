// Everything one briefing shows, gathered from the store in one place, so the
// renderer works on plain data and never talks to DynamoDB itself.
import type { AidFigure, Country, Initiative, Period, Source } from "../domain/records.ts";
import type { InitiativeFilter, KnowledgeStore } from "../store/knowledge-store.ts";

export interface PeriodEngagement {
  period: Period;
  /** The country's initiatives of this period, chronologically; may be empty. */
  initiatives: Initiative[];
}

export interface BriefingData {
  country: Country;
  dataVersion: string;
  /** The day the briefing is dated. */
  date: Date;
  periods: PeriodEngagement[];
  /** The country's initiatives, chronologically. */
  initiatives: Initiative[];
  /** The country's aid figures, by kind then year. */
  aidFigures: AidFigure[];
  region: {
    /** Initiatives of the "Central Asia plus Japan" dialogue, chronologically. */
    dialogue: Initiative[];
    aidFigures: AidFigure[];
  };
  sources: ReadonlyMap<string, Source>;
}

/** The dialogue's records are those naming it, found with the store's text filter. */
const DIALOGUE_TEXT = "Central Asia plus Japan";

/** Looks a country up by alpha-2 or alpha-3 code (any case); null when none of the five has it. */
export async function findCountry(store: KnowledgeStore, code: string): Promise<Country | null> {
  const [country] = await store.getMany("Country", [code.toUpperCase()]);
  return country ?? null;
}

export async function gatherBriefing(store: KnowledgeStore, country: Country, date: Date): Promise<BriefingData> {
  const [dataVersion, periods, initiatives, aidFigures, dialogue, regionalAid, sources] = await Promise.all([
    store.dataVersion(),
    store.listPeriods(),
    allInitiatives(store, { countryCode: country.code }),
    store.aidFiguresOf(country.code),
    allInitiatives(store, { text: DIALOGUE_TEXT }),
    store.aidFiguresOf(null),
    store.listSources(),
  ]);
  return {
    country,
    dataVersion: dataVersion ?? "unversioned",
    date,
    periods: [...periods]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map((period) => ({ period, initiatives: initiatives.filter((i) => i.period === period.ordinal) })),
    initiatives,
    aidFigures,
    region: { dialogue, aidFigures: regionalAid },
    sources: new Map(sources.map((s) => [s.slug, s])),
  };
}

async function allInitiatives(store: KnowledgeStore, filter: InitiativeFilter): Promise<Initiative[]> {
  const all: Initiative[] = [];
  let after: string | null = null;
  do {
    const page = await store.initiatives(filter, { first: 100, after });
    all.push(...page.edges.map((e) => e.node));
    after = page.hasNextPage ? page.endCursor : null;
  } while (after);
  return all;
}
