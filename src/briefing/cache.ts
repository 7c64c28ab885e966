// Rendered briefings kept per process, keyed by country, data version and
// day (the day is printed on the briefing). Entries of an older version or
// day are dropped as soon as a newer one is rendered, so the cache holds at
// most one PDF per country. Concurrent requests share one render.
import type { RenderedBriefing } from "./document.ts";

export interface BriefingKey {
  code: string;
  version: string;
  day: string;
}

export class RenderCache {
  private readonly entries = new Map<string, { key: BriefingKey; rendering: Promise<RenderedBriefing> }>();

  get(key: BriefingKey, render: () => Promise<RenderedBriefing>): Promise<RenderedBriefing> {
    const id = `${key.code}|${key.version}|${key.day}`;
    const hit = this.entries.get(id);
    if (hit) return hit.rendering;
    for (const [other, entry] of this.entries) {
      if (entry.key.code === key.code) this.entries.delete(other);
    }
    const rendering = render();
    // A failed render is not remembered: the next request tries again.
    rendering.catch(() => this.entries.delete(id));
    this.entries.set(id, { key, rendering });
    return rendering;
  }
}
