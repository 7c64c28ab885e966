// One row of bench/RESULTS.md and bench/results.json, as quality.md reads it.
export interface BenchRow {
  /** quality.md's row id, such as "P5". */
  id: string;
  figure: string;
  baseline: string;
  /** figure over baseline, in the direction the target states. */
  ratio: number;
  target: string;
  met: boolean;
}
