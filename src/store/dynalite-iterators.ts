// Works around a leak in the embedded DynamoDB (dynalite 4.0 on memory-level /
// abstract-level 3): dynalite turns each LevelDB iterator of a Query or Scan
// into a stream whose destroy calls `iterator.return()`, a method abstract-level
// 3's iterators do not have. So no iterator is ever closed, and each stays
// attached to its database for the life of the process (about 1 KB per Query:
// some 60 MiB per 10,000 GraphQL requests that miss the caches). Giving the
// iterators a `return` that closes them lets dynalite's streams close what they
// open, at their end and when a Limit stops them early. Loaded by
// embedded-dynamodb.ts, before dynalite opens its database.
import { createRequire } from "node:module";

interface IteratorPrototype {
  return?: () => Promise<void>;
  close(): Promise<void>;
}

// The abstract-level that dynalite's own memory-level and level resolve to.
const fromDynalite = createRequire(createRequire(import.meta.url).resolve("dynalite"));
const fromMemoryLevel = createRequire(fromDynalite.resolve("memory-level"));
const { AbstractIterator } = fromMemoryLevel("abstract-level") as { AbstractIterator: { prototype: object } };
const common = Object.getPrototypeOf(AbstractIterator.prototype) as IteratorPrototype;

if (typeof common.return !== "function") {
  common.return = function closeIterator(this: IteratorPrototype) {
    return this.close();
  };
}
