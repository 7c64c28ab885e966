// The message a failed seed returns to CloudFormation: short enough for its
// 4 KB response (a count, the first few problems, where the rest is), while
// the seeder logs every problem in full.
import { SeedValidationError } from "../../seed/dataset.ts";

const SHOWN = 3;
const MAX_CHARS = 1500;

/** A one-paragraph summary of a seeding error that points to the full log. */
export function seedFailureMessage(error: unknown, logGroup: string): string {
  const where = ` Full details: CloudWatch log group ${logGroup}.`;
  let summary: string;
  if (error instanceof SeedValidationError) {
    const n = error.issues.length;
    const first = error.issues.slice(0, SHOWN).map((i) => `${i.file} › ${i.record} › ${i.field}: ${i.message}`);
    summary = `Seed data is invalid (${n} problem${n === 1 ? "" : "s"}); nothing was written. ${n > SHOWN ? `First ${SHOWN}: ` : ""}${first.join("; ")}.`;
  } else {
    summary = `Seeding failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}.`;
  }
  const room = MAX_CHARS - where.length;
  return (summary.length > room ? `${summary.slice(0, room - 1)}…` : summary) + where;
}
