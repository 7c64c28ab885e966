// One problem found in the seed data, and the error that lists them all.
export interface SeedIssue {
  file: string;
  record: string;
  field: string;
  message: string;
}

export class SeedValidationError extends Error {
  readonly issues: SeedIssue[];
  constructor(issues: SeedIssue[]) {
    super(
      `seed data is invalid (${issues.length} problem${issues.length === 1 ? "" : "s"}); nothing was written:\n` +
        issues.map(formatIssue).join("\n"),
    );
    this.name = "SeedValidationError";
    this.issues = issues;
  }
}

export const formatIssue = (i: SeedIssue) => `  ${i.file} › ${i.record} › ${i.field}: ${i.message}`;
