// Copies packages a function loads at run time (those esbuild cannot bundle)
// from the project's installed node_modules into the function's asset, with
// the packages they depend on, nested as npm installed them. No `npm install`
// runs: synth and deploy need no registry. Node's fs only, so bundling works
// on Linux, macOS and Windows alike.
import { cpSync, existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/** Decides, per file or folder path inside a package, whether the asset keeps it. */
export type KeepFilter = (packageName: string, pathInPackage: string) => boolean;

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** The installed folder of `name` as Node resolves it from `fromDir`, or undefined. */
function installedDir(name: string, fromDir: string, projectRoot: string): string | undefined {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (relative(projectRoot, dir) === "" || dirname(dir) === dir) return undefined;
  }
}

/**
 * Copies `names` and their dependencies (optional ones when installed) into
 * `outputDir/node_modules`; returns the copied folders, relative to the project.
 */
export function copyInstalledPackages(projectRoot: string, names: string[], outputDir: string, keep: KeepFilter): string[] {
  const copied = new Set<string>();
  const visit = (name: string, fromDir: string, optional: boolean) => {
    const dir = installedDir(name, fromDir, projectRoot);
    if (!dir) {
      if (optional) return;
      throw new Error(`${name} is not installed under ${projectRoot}; run npm ci first`);
    }
    const rel = relative(projectRoot, dir);
    if (copied.has(rel)) return;
    copied.add(rel);
    cpSync(dir, join(outputDir, rel), {
      recursive: true,
      // Nested node_modules are copied as dependencies, when something needs them.
      filter: (source) => {
        const inside = relative(dir, source).split(sep).join("/");
        return inside === "" || (!inside.startsWith("node_modules") && keep(name, inside));
      },
    });
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir, false);
    for (const dep of Object.keys(manifest.optionalDependencies ?? {})) visit(dep, dir, true);
  };
  for (const name of names) visit(name, projectRoot, false);
  return [...copied].sort();
}
