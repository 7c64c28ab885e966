// The knowledge store read once per data version and instance: a decorator
// that keeps every answer of the store it wraps (records by key, lists, query
// pages, the reference tables) for the current data version, in a cache
// bounded in bytes (versioned-cache.ts). The data only changes when a seed is
// loaded, and a seed changes the version, so DynamoDB stays the store of record
// and a re-seed shows within the version clock's bound.
//
// A read is kept under a version only if that version had settled (see
// data-version-clock.ts) before the read began. Otherwise (a cold instance, a
// new version, or the bound passed after idle) the read goes to DynamoDB at
// once, beside the clock's own check: no request waits for the clock first.
import type { DataVersionClock } from "../data-version-clock.ts";
import type { EntityMap, EntityType } from "../domain/entity-types.ts";
import type { AidFigure, AidKind, ContextFigure, Country, Initiative, Period, Source, Statement } from "../domain/records.ts";
import type { AidFigureFilter, DataRelease, InitiativeFilter, KnowledgeStore } from "../store/knowledge-store.ts";
import type { Page, PageArgs } from "../store/page.ts";
import { type ReferenceTables, type ReferenceType, wholeReferenceTables } from "../store/reference-tables.ts";
import { VersionedCache } from "./versioned-cache.ts";

/** Serialized bytes kept per instance: the seed's whole table is under 1 MB. */
export const DEFAULT_MAX_BYTES = 32 * 2 ** 20;

export class CachedKnowledgeStore implements KnowledgeStore {
  readonly cache: VersionedCache;

  constructor(
    private readonly store: KnowledgeStore,
    private readonly clock: DataVersionClock,
    options: { maxBytes?: number; now?: () => number } = {},
  ) {
    this.cache = new VersionedCache(options.maxBytes ?? DEFAULT_MAX_BYTES);
    this.now = options.now ?? Date.now;
  }

  private readonly now: () => number;

  async getMany<T extends EntityType>(type: T, keys: readonly (string | number)[]): Promise<(EntityMap[T] | null)[]> {
    const ids = keys.map((k) => `${type}#${String(k)}`);
    const version = this.settled();
    if (version === null) {
      const startedAt = this.now();
      const records = await this.store.getMany(type, keys);
      const settled = this.clock.settledAt(startedAt);
      if (settled !== null) ids.forEach((id, i) => this.cache.put(settled, id, records[i]));
      return records;
    }
    // One read for the keys not kept yet; each key is kept on its own, so later batches share it.
    const missing = [...new Set(keys.filter((_, i) => !this.cache.has(version, ids[i]!)).map(String))];
    const read = missing.length > 0 ? this.store.getMany(type, missing) : undefined;
    return Promise.all(
      ids.map((id, i) => this.cache.get(version, id, async () => (await read!)[missing.indexOf(String(keys[i]))] ?? null)),
    );
  }

  /** The reference tables for one request; the `wanted` ones (by default periods and sources, which most answers cite) are read at once, beside the request's first read. */
  referenceTables(wanted: readonly ReferenceType[] = ["Period", "Source"]): ReferenceTables {
    const tables = wholeReferenceTables(this);
    for (const type of wanted) tables.all(type).catch(() => {});
    return tables;
  }

  listCountries(): Promise<Country[]> {
    return this.read("countries", () => this.store.listCountries());
  }

  listPeriods(): Promise<Period[]> {
    return this.read("periods", () => this.store.listPeriods());
  }

  listSources(): Promise<Source[]> {
    return this.read("sources", () => this.store.listSources());
  }

  listStatements(): Promise<Statement[]> {
    return this.read("statements", () => this.store.listStatements());
  }

  listContextFigures(): Promise<ContextFigure[]> {
    return this.read("contextFigures", () => this.store.listContextFigures());
  }

  aidFiguresOf(code: string | null, kind?: AidKind | null): Promise<AidFigure[]> {
    return this.read(`aidFiguresOf#${code}#${kind ?? ""}`, () => this.store.aidFiguresOf(code, kind));
  }

  initiatives(filter: InitiativeFilter, page: PageArgs): Promise<Page<Initiative>> {
    return this.read(`initiatives#${JSON.stringify([filter, page])}`, () => this.store.initiatives(filter, page));
  }

  aidFigures(filter: AidFigureFilter, page: PageArgs): Promise<Page<AidFigure>> {
    return this.read(`aidFigures#${JSON.stringify([filter, page])}`, () => this.store.aidFigures(filter, page));
  }

  countInitiatives(filter: InitiativeFilter): Promise<number> {
    return this.read(`countInitiatives#${JSON.stringify(filter)}`, () => this.store.countInitiatives(filter));
  }

  countAidFigures(filter: AidFigureFilter): Promise<number> {
    return this.read(`countAidFigures#${JSON.stringify(filter)}`, () => this.store.countAidFigures(filter));
  }

  /** The release of the data read: kept with the version's other reads. */
  dataRelease(): Promise<DataRelease | null> {
    return this.read("dataRelease", () => this.store.dataRelease());
  }

  /** The clock's version: no read while it is within its bound. */
  dataVersion(): Promise<string | null> {
    return this.clock.current();
  }

  /** The version reads may be kept under now; when there is none, what was kept for an older one goes. */
  private settled(): string | null {
    const version = this.clock.settledAt(this.now());
    const known = version ?? this.clock.peek();
    if (typeof known === "string") this.cache.keepOnly(known);
    return version;
  }

  private read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const version = this.settled();
    if (version !== null) return this.cache.get(version, key, load);
    const startedAt = this.now();
    const value = load();
    value.then(
      (resolved) => {
        const settled = this.clock.settledAt(startedAt);
        if (settled !== null) this.cache.put(settled, key, resolved);
      },
      () => {},
    );
    return value;
  }
}
