// The shape of src/'s imports (issue 9): no module imports itself through
// others, and the store does not reach into seed/ (the doors compose the two).
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../src");
const IMPORT = /(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|import\s+"(\.[^"]+)"/g;

/** Each source file with the relative modules it imports (type-only imports included). */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).map((f) => join(SRC, f));
  return new Map(files.map((file) => [file, [...readFileSync(file, "utf8").matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1] ?? m[2] ?? ""))]));
}

function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") found.push([...path.slice(path.indexOf(next)), next].map((f) => relative(SRC, f)).join(" → "));
      else if (!state.has(next) && graph.has(next)) visit(next);
    }
    path.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe("src/ imports", () => {
  const graph = importGraph();

  it("form no cycle", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(cycles(graph)).toEqual([]);
  });

  it("keep seed/ out of the store", () => {
    const seed = resolve(SRC, "../seed");
    const reaching = [...graph].filter(([file, imports]) => file.startsWith(join(SRC, "store")) && imports.some((i) => i.startsWith(seed)));
    expect(reaching.map(([file]) => relative(SRC, file))).toEqual([]);
  });
});
