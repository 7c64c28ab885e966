// Rendered briefings kept per process, keyed by brief (a country's code or
// the regional slug), data version and the origin its links point to.
// Entries of an older version are dropped as soon as a newer one is rendered,
// so the cache holds at most one PDF per brief. Concurrent requests share one
// render.
import type { RenderedBriefing } from "./document.ts";

export interface BriefingKey {
  code: string;
  version: string;
  origin: string;
}

export class RenderCache {
  private readonly entries = new Map<string, { key: BriefingKey; rendering: Promise<RenderedBriefing> }>();

  get(key: BriefingKey, render: () => Promise<RenderedBriefing>): Promise<RenderedBriefing> {
    const id = `${key.code}|${key.version}|${key.origin}`;
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
