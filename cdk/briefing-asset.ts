// What the briefing function's asset carries besides its bundle. pdfkit cannot
// be bundled (it loads its standard fonts and data files relative to its own
// module), so it is installed into the asset with its dependencies, as is the
// font package, which is files rather than code. npm installs far more than
// Node ever loads; the pruning below keeps the asset small (quality.md P3).
import { basename } from "node:path";
import type { ICommandHooks } from "aws-cdk-lib/aws-lambda-nodejs";
import { FONT_FILES } from "../src/briefing/fonts.ts";

const FONT_PACKAGE = "@expo-google-fonts/open-sans";

export const BRIEFING_NODE_MODULES = ["pdfkit", FONT_PACKAGE];

/** Shell commands that delete, from the asset, files Node never loads in Lambda. */
export function pruneCommands(assetDir: string): string[] {
  const nodeModules = `${assetDir}/node_modules`;
  const keptFonts = Object.values(FONT_FILES).map((file) => `! -name "${basename(file)}"`).join(" ");
  return [
    // The install's manifest and lock file (a copy of the whole project's) only served npm.
    `rm -f "${assetDir}/package.json" "${assetDir}/package-lock.json" "${nodeModules}/.package-lock.json"`,
    // Source maps, TypeScript sources and declarations, documentation.
    `find "${nodeModules}" -type f \\( -name "*.map" -o -name "*.ts" -o -name "*.mts" -o -name "*.cts" -o -name "*.md" \\) -delete`,
    // pdfkit's vendored yarn and its browser builds; Node loads js/pdfkit.node.mjs, js/data and js/standard-fonts.
    `rm -rf "${nodeModules}/pdfkit/.yarn" "${nodeModules}/pdfkit/js/pdfkit.standalone.js" "${nodeModules}"/pdfkit/js/pdfkit.browser* "${nodeModules}/pdfkit/js/pdfkit.old.js"`,
    // Sources and browser builds of pdfkit's dependencies; Node loads their lib/, esm/ or dist/module.mjs.
    `rm -rf "${nodeModules}/fontkit/src" "${nodeModules}"/fontkit/dist/browser* "${nodeModules}/pako/dist" "${nodeModules}/fflate/umd"`,
    // Preview images, and the weights the renderer does not use (src/briefing/fonts.ts names those it does).
    `find "${nodeModules}/${FONT_PACKAGE}" -type f \\( -name "*.png" -o -name "*.ttf" \\) ${keptFonts} -delete`,
  ];
}

export function briefingCommandHooks(): ICommandHooks {
  return {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: (_inputDir, outputDir) => pruneCommands(outputDir),
  };
}
