// pdfkit bundled as the briefing renderer uses it: what its dependencies build
// when they are imported, and a brief never uses, is built on first use
// instead. fontkit, linebreak and unicode-properties each inflate Unicode data
// tables at import (five tries, for shaping complex scripts and for pdfkit's
// own line breaking, neither of which the briefs use: see
// src/briefing/fonts/plain-shaping.ts and typeset/line-breaker.ts); pdfkit
// builds AES tables for encryption (briefs are not encrypted). Each is aliased
// to a small CommonJS module that requires the real one (bundled beside it,
// unevaluated) at its first call; a trie a brief does use (fontkit looks up
// every glyph's Unicode category) is inflated by Node's zlib. fontkit's Brotli decoder, for WOFF2 fonts,
// is left out altogether (its dictionary was a third of the bundle, parsed on
// every cold start): the briefs embed TrueType fonts, and a WOFF2 font would
// fail with a message saying so. Together these were a third of a cold start.
// The modules are written at a fixed place in the project, as the built-ins'.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT_ROOT = fileURLToPath(new URL("..", import.meta.url));
const LAZY = join(PROJECT_ROOT, "node_modules", ".cache", "lambda-lazy");

/** Resolves a dependency as the package that imports it does: pdfkit, or fontkit (pdfkit's own). */
function resolvedFrom(importer: "pdfkit" | "fontkit", specifier: string): string {
  const pdfkit = createRequire(join(PROJECT_ROOT, "package.json")).resolve("pdfkit");
  const from = importer === "pdfkit" ? pdfkit : createRequire(pdfkit).resolve("fontkit");
  return createRequire(from).resolve(specifier);
}

/** A require() of `target` from the module at `path`: relative, so the build does not depend on where the project lies. */
const requireOf = (path: string, target: string) => `require(${JSON.stringify(relative(dirname(path), target).split("\\").join("/").replace(/^(?!\.)/, "./"))})`;

function write(path: string, content: string): string {
  mkdirSync(dirname(path), { recursive: true });
  if (!existsSync(path) || readFileSync(path, "utf8") !== content) writeFileSync(path, content);
  return path;
}

/** esbuild `alias` entries for the briefing bundle. */
export function lazyModuleAliases(): Record<string, string> {
  // The paths are the packages' own (decompress.js, aes.js): CommonJS, whatever the project's "type".
  write(join(LAZY, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
  const trie = join(LAZY, "unicode-trie.cjs");
  const brotli = join(LAZY, "brotli", "decompress.js");
  const aes = join(LAZY, "@noble-ciphers", "aes.js");
  const real = {
    trie: requireOf(trie, resolvedFrom("fontkit", "unicode-trie")),
    aes: requireOf(aes, resolvedFrom("pdfkit", "@noble/ciphers/aes")),
  };
  write(
    trie,
    `// A Unicode trie inflated at its first lookup, by Node's zlib rather than the
// trie's own JavaScript inflater (a tenth of the time); big-endian machines, and
// data not as expected, take the trie's own path.
const UnicodeTrie = ${real.trie};
const { inflateRawSync } = process.getBuiltinModule("node:zlib");
const { endianness } = process.getBuiltinModule("node:os");

function inflated(bytes) {
  if (endianness() !== "LE" || !(bytes instanceof Uint8Array) || bytes.length < 12) return new UnicodeTrie(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(8, true);
  const twice = inflateRawSync(inflateRawSync(bytes.subarray(12)));
  if (twice.length !== length || length % 4 !== 0) return new UnicodeTrie(bytes);
  const data = new Uint8Array(length);
  data.set(twice);
  return new UnicodeTrie({ data: new Uint32Array(data.buffer), highStart: view.getUint32(0, true), errorValue: view.getUint32(4, true) });
}

module.exports = class LazyUnicodeTrie {
  constructor(data) {
    this.bytes = data;
  }
  get(codePoint) {
    this.trie ??= inflated(this.bytes);
    return this.trie.get(codePoint);
  }
};
`,
  );
  write(
    brotli,
    `// fontkit's Brotli decoder, for WOFF2 fonts only, left out of the briefing bundle.\nmodule.exports = () => {\n  throw new Error("WOFF2 fonts are not supported: the briefing bundle leaves out their Brotli decoder; use TrueType fonts.");\n};\n`,
  );
  write(aes, `// AES, with its tables built at the first encryption.\nexports.cbc = (...args) => ${real.aes}.cbc(...args);\nexports.ecb = (...args) => ${real.aes}.ecb(...args);\n`);
  return {
    "unicode-trie": trie,
    brotli: join(LAZY, "brotli"),
    "@noble/ciphers": join(LAZY, "@noble-ciphers"),
  };
}
