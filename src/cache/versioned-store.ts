// What the request doors serve from: the store read once per data version
// (cached-knowledge-store.ts), and the clock of that version, which the
// GraphQL door's response cache shares. One clock per instance, so the
// response cache and the store cache always agree on the version.
import { type DataVersionClock, dataVersionClockOf } from "../data-version-clock.ts";
import type { KnowledgeStore } from "../store/knowledge-store.ts";
import { CachedKnowledgeStore } from "./cached-knowledge-store.ts";

export interface VersionedStore {
  store: CachedKnowledgeStore;
  dataVersions: DataVersionClock;
}

/** `store` cached per data version, re-read at most every `maxAgeMs` (DATA_VERSION_MAX_AGE_MS). */
export function versionedStoreOf(store: KnowledgeStore, maxAgeMs: number): VersionedStore {
  const dataVersions = dataVersionClockOf(store, maxAgeMs);
  return { store: new CachedKnowledgeStore(store, dataVersions), dataVersions };
}
