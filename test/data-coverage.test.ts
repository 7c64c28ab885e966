// seed/COVERAGE.md lists every checkable fact of the two sources and the
// records that carry it; every record it names exists, and at least nine
// tenths of the facts are captured.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { SEED_DIR, loadDataset } from "../seed/dataset.ts";

it("names only records that exist, and captures at least 90 % of the facts", async () => {
  const data = await loadDataset();
  const text = await readFile(join(SEED_DIR, "..", "COVERAGE.md"), "utf8");
  const rows = text.split("\n").filter((line) => /^\| \d+ \|/.test(line)).map((line) => line.split(" | "));
  const slugs = new Set([...data.initiatives, ...data.statements, ...data.aidFigures, ...data.contextFigures, ...data.sources].map((r) => r.slug));
  const exists = (ref: string) => {
    const period = /^period (\d)$/.exec(ref);
    if (period) return data.periods.some((p) => p.ordinal === Number(period[1]));
    const fact = /^([A-Z]{2}) fact (.+)$/.exec(ref);
    if (fact) return data.countries.find((c) => c.code === fact[1])?.facts.some((f) => f.topic === fact[2]) ?? false;
    return slugs.has(ref);
  };
  const refs = rows.flatMap((cells) => (cells[4] ?? "").split("; ").map((r) => r.replace(/ \(.*\)$/, "")));
  expect(refs.filter((r) => !exists(r))).toEqual([]);
  const captured = rows.filter((cells) => cells[5]?.startsWith("yes")).length;
  expect(captured / rows.length).toBeGreaterThanOrEqual(0.9);
  expect(text).toContain(`**Captured: ${captured} of ${rows.length} (`);
});
