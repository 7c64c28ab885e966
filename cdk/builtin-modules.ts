// Node's built-in modules as the bundle reaches them: through
// `process.getBuiltinModule`, not an ES import. Importing a built-in as an ES
// module makes Node build a facade that reads every export, and some exports
// are lazy getters: `node:http`'s loads undici (the fetch implementation), about
// 40 ms of a cold start for a function that never fetches; `node:crypto` and
// `node:process` cost several more. Each built-in is aliased to a one-line
// CommonJS module that returns Node's own module object, so nothing is read
// until the code uses it. The shims live at a fixed place in the project (npm's
// cache folder), so that the source map, and with it the asset's hash, is the
// same from build to build.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";

const SHIMS = fileURLToPath(new URL("../node_modules/.cache/lambda-builtins/", import.meta.url));

/** esbuild's `alias` option: every built-in, bare and `node:`-prefixed, to its shim. */
export function builtinAliases(): Record<string, string> {
  mkdirSync(SHIMS, { recursive: true });
  const alias: Record<string, string> = {};
  for (const name of builtinModules.filter((m) => !m.startsWith("_"))) {
    const shim = `${SHIMS}${name.replaceAll("/", "__")}.cjs`;
    const content = `module.exports = process.getBuiltinModule(${JSON.stringify(`node:${name}`)});\n`;
    if (!existsSync(shim) || readFileSync(shim, "utf8") !== content) writeFileSync(shim, content);
    alias[name] = shim;
    alias[`node:${name}`] = shim;
  }
  return alias;
}
