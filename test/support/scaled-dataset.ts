// A synthetic data set with 50 times the initiatives, aid figures and
// citations of the seed (quality.md P1): each initiative and aid figure is
// copied into 49 more "generations", each generation with its own copy of
// every source, and each copy cites its original's sources in two
// generations (its own and another), so that the records a country lists cite
// hundreds of distinct sources. The five countries and five periods stay.
// The result passes the same validation as the seed files.
import { type ValidatedDataset, validateDataset } from "../../seed/dataset.ts";
import type { Citation, Dataset } from "../../src/domain/records.ts";

export const SCALE = 50;

const inGeneration = (slug: string, generation: number) => (generation === 0 ? slug : `${slug}-x${generation}`);

function citationsIn(citations: Citation[], generation: number): Citation[] {
  if (generation === 0) return citations;
  const other = (generation + SCALE / 2) % SCALE;
  return [generation, other].flatMap((g) => citations.map((c) => ({ ...c, source: inGeneration(c.source, g) })));
}

export function scaledDataset(seed: Dataset, scale: number = SCALE): ValidatedDataset {
  const generations = Array.from({ length: scale }, (_, g) => g);
  return validateDataset({
    countries: seed.countries,
    periods: seed.periods,
    sources: generations.flatMap((g) => seed.sources.map((s) => ({ ...s, slug: inGeneration(s.slug, g), title: g === 0 ? s.title : `${s.title} (${g})` }))),
    initiatives: generations.flatMap((g) =>
      seed.initiatives.map((i) => ({ ...i, slug: inGeneration(i.slug, g), citations: citationsIn(i.citations, g) })),
    ),
    aidFigures: generations.flatMap((g) =>
      seed.aidFigures.map((a) => ({
        ...a,
        slug: inGeneration(a.slug, g),
        ...(a.initiative === undefined ? {} : { initiative: inGeneration(a.initiative, g) }),
        citations: citationsIn(a.citations, g),
      })),
    ),
  });
}

/** Citations in a data set, on every record and fact. */
export function citationCount(data: Dataset): number {
  const records = [...data.countries, ...data.periods, ...data.initiatives, ...data.aidFigures];
  return records.reduce((n, r) => n + r.citations.length, 0) + data.countries.reduce((n, c) => n + c.facts.reduce((m, f) => m + f.citations.length, 0), 0);
}
