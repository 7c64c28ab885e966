// The version of the loaded data (the META item's), as of at most `maxAgeMs`
// ago: what answers and store reads may be cached under (quality.md P4). A
// re-seed writes META last, so once `maxAgeMs` has passed after it, every
// caller sees the new version. Staleness is counted from the moment a read
// starts.
//
// Stale-while-revalidate within that bound: while the version known was read
// less than `maxAgeMs` ago, callers use it without waiting, and once half the
// bound has passed a read starts in the background, so steady traffic never
// waits for the clock. A caller that finds the bound exceeded (after idle)
// checks first: `current()` waits for a new read; `settledAt()` answers null
// at once, and the caller reads DynamoDB beside the check rather than after it.
export interface DataVersionClockOptions {
  read: () => Promise<string | null>;
  maxAgeMs: number;
  /**
   * How long a version must have been seen before anything is cached under
   * it: DynamoDB's indexes are eventually consistent, and an answer read from
   * an index still catching up with a re-seed must not be kept for the whole
   * life of the new version.
   */
  settleMs?: number;
  now?: () => number;
}

interface Reading {
  startedAt: number;
  version: Promise<string | null>;
}

export class DataVersionClock {
  private known: { startedAt: number; version: string | null } | undefined;
  private reading: Reading | undefined;
  private firstSeen: { version: string; at: number } | undefined;

  constructor(private readonly options: DataVersionClockOptions) {}

  get maxAgeMs(): number {
    return this.options.maxAgeMs;
  }

  /**
   * The version read within the bound, without waiting (undefined when none
   * is); starts a read in the background once half the bound has passed.
   */
  peek(): string | null | undefined {
    const now = this.now();
    const age = this.known ? now - this.known.startedAt : Number.POSITIVE_INFINITY;
    if (age > this.options.maxAgeMs / 2) this.refresh(now).catch(() => {});
    return age <= this.options.maxAgeMs ? this.known?.version : undefined;
  }

  /** The data version, read at most `maxAgeMs` ago; null before the first load. */
  async current(): Promise<string | null> {
    const known = this.peek();
    return known !== undefined ? known : this.refresh(this.now());
  }

  /**
   * The version reads may be kept under: known within the bound, and seen for
   * `settleMs` by `time` (when a read began); null otherwise. Never waits.
   */
  settledAt(time: number): string | null {
    const version = this.peek();
    if (version == null || this.firstSeen?.version !== version) return null;
    return time - this.firstSeen.at >= (this.options.settleMs ?? 1000) ? version : null;
  }

  /**
   * The version whole answers may be cached under, or null: never waits
   * within the bound, checks first past it, and lets a cold start's first
   * request go on while its first read runs.
   */
  async cacheable(): Promise<string | null> {
    if (this.peek() === undefined && this.known !== undefined) await this.current();
    return this.settledAt(this.now());
  }

  /** A read that started within the bound (joined) or a new one. */
  private refresh(now: number): Promise<string | null> {
    if (this.reading && now - this.reading.startedAt <= this.options.maxAgeMs) return this.reading.version;
    const reading: Reading = { startedAt: now, version: this.options.read() };
    this.reading = reading;
    reading.version.then(
      (version) => {
        if (this.reading === reading) this.reading = undefined;
        if (this.known && this.known.startedAt > reading.startedAt) return;
        this.known = { startedAt: reading.startedAt, version };
        if (version !== null && this.firstSeen?.version !== version) this.firstSeen = { version, at: this.now() };
      },
      // A failed read is not remembered: the next caller tries again.
      () => {
        if (this.reading === reading) this.reading = undefined;
      },
    );
    return reading.version;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

/** The clock of a store's data version (a KnowledgeStore has `dataVersion`). */
export function dataVersionClockOf(store: { dataVersion(): Promise<string | null> }, maxAgeMs: number): DataVersionClock {
  return new DataVersionClock({ read: () => store.dataVersion(), maxAgeMs });
}
