// What the briefing function's asset carries besides its bundle. pdfkit cannot
// be bundled (it loads its standard fonts and data files relative to its own
// module), so it travels as an installed package with its dependencies, as
// does the font package, which is files rather than code. Both are copied from
// the project's node_modules, leaving out what Node never loads in Lambda, to
// keep the asset small (quality.md P3).
import { basename } from "node:path";
import { FONT_FILES } from "../src/briefing/fonts.ts";
import { type KeepFilter, copyInstalledPackages } from "./installed-packages.ts";

const FONT_PACKAGE = "@expo-google-fonts/open-sans";

export const BRIEFING_NODE_MODULES = ["pdfkit", FONT_PACKAGE];

const KEPT_FONTS = new Set(Object.values(FONT_FILES).map((file) => basename(file)));

// Source maps, TypeScript sources and declarations, documentation.
const NEVER_LOADED = /\.(map|ts|mts|cts|md)$/;

// Per package, what lies beside the files Node loads: pdfkit's vendored yarn,
// build tools and browser builds (Node loads js/pdfkit.node.mjs, js/data and
// js/standard-fonts); sources and browser builds of its dependencies.
const LEFT_OUT: Record<string, RegExp> = {
  pdfkit: /^(\.yarn|tools|types|js\/pdfkit\.standalone\.js|js\/pdfkit\.browser|js\/pdfkit\.old\.js)/,
  fontkit: /^(src|dist\/browser)/,
  pako: /^dist/,
  fflate: /^umd/,
};

export const keepInBriefingAsset: KeepFilter = (name, path) => {
  if (NEVER_LOADED.test(path)) return false;
  if (LEFT_OUT[name]?.test(path)) return false;
  // Preview images, and the weights the renderer does not use (src/briefing/fonts.ts names those it does).
  if (name === FONT_PACKAGE && /\.(png|ttf)$/.test(path)) return KEPT_FONTS.has(basename(path));
  return true;
};

/** Adds pdfkit, its dependencies and the fonts to a built asset folder. */
export function addBriefingPackages(projectRoot: string, outputDir: string): void {
  copyInstalledPackages(projectRoot, BRIEFING_NODE_MODULES, outputDir, keepInBriefingAsset);
}
