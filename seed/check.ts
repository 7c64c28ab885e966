// `npm run seed:check`: validates the seed folder and prints what it holds.
import { loadDataset, SeedValidationError } from "./dataset.ts";

try {
  const data = await loadDataset(process.argv[2]);
  console.log(`seed data is valid (version ${data.version}):`);
  for (const [name, list] of Object.entries(data)) {
    if (Array.isArray(list)) console.log(`  ${name.padEnd(12)} ${list.length}`);
  }
} catch (error) {
  if (!(error instanceof SeedValidationError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
