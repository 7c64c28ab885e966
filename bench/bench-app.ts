// The application as the local server composes it (src/server/main.ts), over a
// bench database, so that a row can measure fresh instances (cold caches) in
// its own process.
import { createApp } from "../src/app.ts";
import { versionedStoreOf } from "../src/cache/versioned-store.ts";
import type { Logger } from "../src/logger.ts";
import type { TestDatabase } from "../test/support/database.ts";

export function benchApp(db: TestDatabase, options: { dataVersionMaxAgeMs: number; logger: Logger }) {
  const { store, dataVersions } = versionedStoreOf(db.store, options.dataVersionMaxAgeMs);
  return createApp({ store, dataVersions, logger: options.logger });
}
