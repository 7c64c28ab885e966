// The application as the local server composes it, over a bench database, so
// that a row can measure fresh instances (cold caches) in its own process.
import { createApp } from "../src/app.ts";
import type { Logger } from "../src/logger.ts";
import { KnowledgeStore } from "../src/store/knowledge-store.ts";
import type { TestDatabase } from "../test/support/database.ts";

export function benchApp(db: TestDatabase, options: { dataVersionMaxAgeMs: number; logger: Logger }) {
  const store = new KnowledgeStore(db.doc, db.config.tableName, { dataVersionMaxAgeMs: options.dataVersionMaxAgeMs });
  return createApp({ store, logger: options.logger });
}
