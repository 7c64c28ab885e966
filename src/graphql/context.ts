import type { KnowledgeStore } from "../store/knowledge-store.ts";
import type { ReferenceTables } from "../store/reference-tables.ts";

/** What every resolver gets: the store, and where this deployment serves briefings. */
export interface Context {
  store: KnowledgeStore;
  /** Periods and sources, read at most once in this request. */
  references: ReferenceTables;
  /** Origin (scheme, host, optional base path) that briefing URLs are built on. */
  publicOrigin: string;
}
