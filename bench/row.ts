// One row of bench/RESULTS.md and bench/results.json, as quality.md reads it.
export interface BenchRow {
  /** quality.md's row id, such as "P5". */
  id: string;
  figure: string;
  baseline: string;
  /** figure over baseline, in the direction the target states. */
  ratio: number;
  /** How the ratio varied over the repeated runs, such as "0.21–0.25 over 3 rounds". */
  spread?: string;
  target: string;
  met: boolean;
}
