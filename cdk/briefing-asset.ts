// What the briefing function's asset carries besides its bundle: the font
// package, which is files rather than code (pdfkit and its dependencies are in
// the bundle, see lazy-modules.ts). It is copied from the project's
// node_modules with only the faces the renderer uses, to keep the asset small
// (quality.md P3).
import { basename } from "node:path";
import { FONT_FILES } from "../src/briefing/fonts.ts";
import { type KeepFilter, copyInstalledPackages } from "./installed-packages.ts";

const FONT_PACKAGE = "@expo-google-fonts/open-sans";

export const BRIEFING_NODE_MODULES = [FONT_PACKAGE];

const KEPT_FONTS = new Set(Object.values(FONT_FILES).map((file) => basename(file)));

// Source maps, TypeScript sources and declarations, documentation.
const NEVER_LOADED = /\.(map|ts|mts|cts|md)$/;

export const keepInBriefingAsset: KeepFilter = (name, path) => {
  if (NEVER_LOADED.test(path)) return false;
  // Preview images, and the weights the renderer does not use (src/briefing/fonts.ts names those it does).
  if (name === FONT_PACKAGE && /\.(png|ttf)$/.test(path)) return KEPT_FONTS.has(basename(path));
  return true;
};

/** Adds the fonts to a built asset folder. */
export function addBriefingPackages(projectRoot: string, outputDir: string): void {
  copyInstalledPackages(projectRoot, BRIEFING_NODE_MODULES, outputDir, keepInBriefingAsset);
}
