// The figures of the last `npm run load` (quality.md R4), when bench/load.json
// exists, as a section of bench/RESULTS.md.
import { readFile } from "node:fs/promises";

export async function loadSection(path: string): Promise<string> {
  const text = await readFile(path, "utf8").catch(() => null);
  if (text === null) return "";
  const load = JSON.parse(text) as Record<string, unknown>;
  const rows = Object.entries(load).map(([name, value]) => `| ${name} | ${typeof value === "object" ? JSON.stringify(value) : String(value)} |`);
  return `\n## Load (R4)\n\nFrom bench/load.json, written by \`npm run load\`.\n\n| figure | value |\n|---|---|\n${rows.join("\n")}\n`;
}
