// What a cold briefing instance does before its first request: it reads the
// data version and then the snapshot every brief is drawn from, and imports
// pdfkit while those reads are in flight. The first render then finds both
// ready instead of paying for them one after the other. The snapshot read
// ahead serves one render of its version (the render cache keeps what that
// render makes); a failed read costs nothing but itself: the request reads.
import type { DataVersionClock } from "../data-version-clock.ts";
import type { KnowledgeStore } from "../store/knowledge-store.ts";
import { type Snapshot, gatherSnapshot } from "./data.ts";
import { loadPdfkit } from "./pdf-document.ts";

/** Snapshots read ahead, each handed out once, to a render of its own data version. */
export class ReadAhead {
  constructor(private snapshot: Promise<Snapshot | null> | undefined) {}

  async take(version: string): Promise<Snapshot | null> {
    const ahead = this.snapshot;
    this.snapshot = undefined;
    const snapshot = ahead ? await ahead : null;
    return snapshot?.dataVersion === version ? snapshot : null;
  }
}

export function warmUpBriefings(store: KnowledgeStore, dataVersions: DataVersionClock): ReadAhead {
  const snapshot = dataVersions
    .current()
    .then((version) => gatherSnapshot(store, version ?? undefined))
    .catch(() => null);
  loadPdfkit().catch(() => {});
  return new ReadAhead(snapshot);
}
