import type { KnowledgeStore } from "../store/knowledge-store.ts";

/** What every resolver gets: the store, and where this deployment serves briefings. */
export interface Context {
  store: KnowledgeStore;
  /** Origin (scheme, host, optional base path) that briefing URLs are built on. */
  publicOrigin: string;
}
