// The modules the briefing bundle uses in place of its dependencies' (see
// cdk/lazy-modules.ts) answer as the real ones do.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { lazyModuleAliases } from "../cdk/lazy-modules.ts";

const require = createRequire(import.meta.url);
const fontkitDir = dirname(dirname(createRequire(require.resolve("pdfkit")).resolve("fontkit")));
type Trie = { get(codePoint: number): number };
const RealTrie = createRequire(join(fontkitDir, "package.json"))("unicode-trie") as new (data: Uint8Array) => Trie;
const LazyTrie = require(lazyModuleAliases()["unicode-trie"]!) as new (data: Uint8Array) => Trie;

describe("the briefing bundle's lazy Unicode trie", () => {
  it.each(["data", "indic", "use"])("looks up every code point of fontkit's %s trie as the real trie does", (name) => {
    const bytes = new Uint8Array(readFileSync(join(fontkitDir, "src", "opentype", "shapers", `${name}.trie`)));
    const real = new RealTrie(bytes);
    const lazy = new LazyTrie(bytes);
    let differences = 0;
    let nonZero = 0;
    for (let codePoint = -1; codePoint <= 0x110000; codePoint++) {
      const value = real.get(codePoint);
      if (lazy.get(codePoint) !== value) differences++;
      if (value !== 0) nonZero++;
    }
    expect(differences).toBe(0);
    expect(nonZero).toBeGreaterThan(100);
  });

  it("leaves out WOFF2's decoder with an error that says so", () => {
    const decompress = require(join(lazyModuleAliases().brotli!, "decompress.js")) as () => unknown;
    expect(() => decompress()).toThrow(/WOFF2 fonts are not supported/);
  });
});
