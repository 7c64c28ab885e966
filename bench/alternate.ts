// Timing two (or more) sides of a row in alternation: round after round, each
// side once, so that drift in the shared machine's load hits every side alike.
// A row reports the median of the per-round ratios and their range.

/** Runs every side once per round, in order, for `rounds` rounds; each side returns its own measure. */
export async function alternate<K extends string>(rounds: number, sides: Record<K, () => Promise<number>>): Promise<Record<K, number[]>> {
  const names = Object.keys(sides) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < rounds; round++) {
    for (const name of names) samples[name].push(await sides[name]());
  }
  return samples;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Ratios {
  median: number;
  min: number;
  max: number;
  rounds: number;
}

/** The per-round ratios figure[i] / baseline[i], summarized. */
export function ratios(figure: readonly number[], baseline: readonly number[]): Ratios {
  const each = figure.map((f, i) => f / baseline[i]!);
  return { median: median(each), min: Math.min(...each), max: Math.max(...each), rounds: each.length };
}

export const round3 = (n: number) => Math.round(n * 1000) / 1000;

export const spreadOf = (r: Ratios) => `${round3(r.min)}–${round3(r.max)} over ${r.rounds} rounds`;
