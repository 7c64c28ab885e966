// Builds a function's asset in the CDK's own process: esbuild through its
// JavaScript API, then whatever else the asset carries, added with Node's fs.
// No shell, no Docker, no npm install: the same on Linux, macOS and Windows,
// and offline once `npm ci` has run.
import { join } from "node:path";
import { buildSync } from "esbuild";
import type { BundlingOptions, ILocalBundling } from "aws-cdk-lib";
import { builtinAliases } from "./builtin-modules.ts";

// CommonJS dependencies call require(), which an ES module lacks unless given one.
const REQUIRE_SHIM = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

export interface EsbuildBundlingProps {
  /** Handler module; the bundle is `index.mjs`, so the handler is `index.handler`. */
  entry: string;
  /** Packages left out of the bundle (added to the asset by `addToAsset`). */
  external: string[];
  /** Imports bundled as other modules (esbuild's `alias`), besides Node's built-ins. */
  alias?: Record<string, string>;
  /** Adds files beside the bundle, given the asset folder. */
  addToAsset?: (outputDir: string) => void;
}

export class EsbuildBundling implements ILocalBundling {
  // Plain fields: the CDK keys its per-process asset cache on them.
  readonly entry: string;
  readonly external: string[];
  readonly alias: Record<string, string>;
  private readonly addToAsset?: (outputDir: string) => void;

  constructor(props: EsbuildBundlingProps) {
    this.entry = props.entry;
    this.external = props.external;
    this.alias = props.alias ?? {};
    this.addToAsset = props.addToAsset;
  }

  tryBundle(outputDir: string, _options: BundlingOptions): boolean {
    buildSync({
      entryPoints: [this.entry],
      outfile: join(outputDir, "index.mjs"),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node22",
      mainFields: ["module", "main"],
      banner: { js: REQUIRE_SHIM },
      minify: true,
      // Stack traces need the mappings, not a copy of the sources: a smaller asset.
      sourcemap: true,
      sourcesContent: false,
      // Our pinned AWS SDK is bundled rather than the runtime's: the version we
      // test is the one that runs, and one tree-shaken file loads faster.
      external: this.external,
      alias: { ...builtinAliases(), ...this.alias },
      // A production build: graphql-js (among others) skips its development checks.
      define: { "process.env.NODE_ENV": JSON.stringify("production") },
      logLevel: "warning",
    });
    this.addToAsset?.(outputDir);
    return true;
  }
}
