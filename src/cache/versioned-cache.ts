// Values kept for one data version at a time, bounded by their serialized
// size: when the version changes, everything kept for the old one is dropped;
// when the bound is reached, the least recently used values go first. A value
// is kept as its promise, so concurrent readers of a missing key share one
// read; a failed read is not kept. Kept values are frozen, since every reader
// of the version shares them.

interface Entry {
  value: Promise<unknown>;
  bytes: number;
}

export interface CacheStats {
  version: string | undefined;
  entries: number;
  bytes: number;
}

export class VersionedCache {
  private version: string | undefined;
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  /** The value kept under `key` for `version`, or `load`'s, kept once it resolves. */
  get<T>(version: string, key: string, load: () => Promise<T>): Promise<T> {
    this.keepOnly(version);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = load();
    this.keep(key, value);
    return value;
  }

  /** Keeps a value read outside `get` (see cached-store.ts) for `version`. */
  put(version: string, key: string, value: unknown): void {
    this.keepOnly(version);
    if (!this.entries.has(key)) this.keep(key, Promise.resolve(value));
  }

  /** Whether a value (or its read) is kept under `key` for `version`. */
  has(version: string, key: string): boolean {
    return version === this.version && this.entries.has(key);
  }

  stats(): CacheStats {
    return { version: this.version, entries: this.entries.size, bytes: this.bytes };
  }

  /** Drops everything kept for any other version. */
  keepOnly(version: string): void {
    if (version === this.version) return;
    this.entries.clear();
    this.bytes = 0;
    this.version = version;
  }

  private keep(key: string, value: Promise<unknown>): void {
    const entry: Entry = { value, bytes: 0 };
    this.entries.set(key, entry);
    value.then(
      (resolved) => {
        if (this.entries.get(key) !== entry) return;
        entry.bytes = key.length + (JSON.stringify(resolved)?.length ?? 0);
        deepFreeze(resolved);
        this.bytes += entry.bytes;
        this.evict();
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) return;
      this.entries.delete(key);
      this.bytes -= entry.bytes;
    }
  }
}

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
