// What the GraphQL function's asset carries when GraphiQL is on: the page
// renderer, @graphql-yoga/render-graphiql. The Lambda door loads it through a
// non-literal import (src/graphql/use-landing-page.ts), so the bundler leaves
// it out and Node finds it in the asset's node_modules. It is copied from the
// installed node_modules (no npm, offline), and only with GraphiQL on: its
// ~9 MB would otherwise be a cold-start cost for nothing.
import { copyInstalledPackages } from "./installed-packages.ts";

export const GRAPHIQL_PACKAGE = "@graphql-yoga/render-graphiql";

/** Node imports the ES module build; the CommonJS copy and the typings are never loaded. */
const keepEsmOnly = (_name: string, path: string) => !/^(cjs|typings)(\/|$)/.test(path);

/** Adds the GraphiQL page renderer to a built asset folder. */
export function addGraphiqlPackage(projectRoot: string, outputDir: string): void {
  copyInstalledPackages(projectRoot, [GRAPHIQL_PACKAGE], outputDir, keepEsmOnly);
}
