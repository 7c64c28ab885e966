// The version of the loaded data (the META item's), as of at most `maxAgeMs`
// ago: what responses may be cached under (quality.md P4). A re-seed writes
// META last, so once `maxAgeMs` has passed after it, every caller sees the new
// version. Staleness is counted from the moment a read starts, and a read
// still in flight is joined only while it is young enough.
export interface DataVersionClockOptions {
  read: () => Promise<string | null>;
  maxAgeMs: number;
  /**
   * How long a version must have been seen before responses are cached under
   * it: DynamoDB's indexes are eventually consistent, and a response read from
   * an index still catching up with a re-seed must not be kept for the whole
   * life of the new version.
   */
  settleMs?: number;
  now?: () => number;
}

export class DataVersionClock {
  private latest: { startedAt: number; version: Promise<string | null> } | undefined;
  private firstSeen: { version: string; at: number } | undefined;

  constructor(private readonly options: DataVersionClockOptions) {}

  get maxAgeMs(): number {
    return this.options.maxAgeMs;
  }

  /** The data version, read at most `maxAgeMs` ago; null before the first load. */
  current(): Promise<string | null> {
    const now = this.now();
    if (this.latest && now - this.latest.startedAt <= this.options.maxAgeMs) return this.latest.version;
    const latest = { startedAt: now, version: this.options.read() };
    this.latest = latest;
    // A failed read is not remembered: the next caller tries again.
    latest.version.catch(() => {
      if (this.latest === latest) this.latest = undefined;
    });
    return latest.version;
  }

  /** The current version if responses may be cached under it; null if not (yet). */
  async cacheable(): Promise<string | null> {
    // Until some version has been seen none can have settled: the read starts,
    // but a cold start's first request does not wait for it.
    if (!this.firstSeen) {
      this.observe().catch(() => {});
      return null;
    }
    const version = await this.observe();
    return version !== null && this.now() - this.firstSeen.at >= (this.options.settleMs ?? 1000) ? version : null;
  }

  private async observe(): Promise<string | null> {
    const version = await this.current();
    if (version !== null && this.firstSeen?.version !== version) this.firstSeen = { version, at: this.now() };
    return version;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

/** The clock of a store's data version (a KnowledgeStore has `dataVersion`). */
export function dataVersionClockOf(store: { dataVersion(): Promise<string | null> }, maxAgeMs: number): DataVersionClock {
  return new DataVersionClock({ read: () => store.dataVersion(), maxAgeMs });
}
