// What a browser gets when it opens /graphql: GraphiQL when it is on, served
// whole from this process (no CDN), or else a small page saying what this is,
// where the schema is and how to query it, instead of a blank 406.
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import type { GraphiQLOptions } from "graphql-yoga";
import { type Logger, describeError } from "../logger.ts";
import { SDL_PATH } from "./use-sdl-route.ts";

export type RenderGraphiQL = (options?: GraphiQLOptions) => string | Promise<string>;

export interface LandingPageOptions {
  graphiql: boolean;
  /** GraphiQL's page renderer; @graphql-yoga/render-graphiql's, loaded when first needed, by default. */
  renderGraphiQL?: RenderGraphiQL;
  graphiqlOptions: GraphiQLOptions;
  logger: Logger;
}

// Not a literal, so that a bundler leaves the ~9 MB renderer out of a bundle that
// has GraphiQL off; a deployment with it on installs the package beside the bundle.
const RENDERER_PACKAGE = "@graphql-yoga/render-graphiql";

/** True for a browser opening /graphql itself, rather than sending an operation. */
export function wantsPage(request: Request): boolean {
  if (request.method !== "GET" || !request.headers.get("accept")?.includes("text/html")) return false;
  const search = new URL(request.url).searchParams;
  return !search.has("query") && !search.has("extensions");
}

export function landingPage(options: LandingPageOptions): (request: Request) => Promise<Response> {
  let graphiql: Promise<{ html: Buffer; gzipped: Buffer } | null> | undefined;
  const build = async () => {
    let render = options.renderGraphiQL;
    try {
      render ??= ((await import(RENDERER_PACKAGE)) as { renderGraphiQL: RenderGraphiQL }).renderGraphiQL;
    } catch (error) {
      // A deployment with GraphiQL on but without the package: browsers get the short page.
      options.logger.error("GraphiQL's renderer could not be loaded", describeError(error));
      return null;
    }
    const html = Buffer.from(await render(options.graphiqlOptions));
    // About 9 MB of inlined scripts; gzipped, well under Lambda's 6 MB response limit.
    return { html, gzipped: await promisify(gzip)(html) };
  };
  return async (request) => {
    const page = options.graphiql ? await (graphiql ??= build()) : null;
    if (!page) return new Response(aboutPage(new URL(request.url).origin), { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=300" } });
    const headers: Record<string, string> = { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=300", vary: "accept-encoding" };
    if (!/\bgzip\b/.test(request.headers.get("accept-encoding") ?? "")) return new Response(new Uint8Array(page.html), { headers });
    return new Response(new Uint8Array(page.gzipped), { headers: { ...headers, "content-encoding": "gzip" } });
  };
}

function aboutPage(origin: string): string {
  const endpoint = `${origin}/graphql`;
  const example = `curl ${endpoint} -H 'content-type: application/json' -d '{"query":"{ countries { code name capital } }"}'`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Central Asia–Japan knowledge API</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem}code,pre{background:#f4f4f4;padding:.1rem .3rem}pre{padding:.8rem;overflow-x:auto}</style></head>
<body>
<h1>Central Asia–Japan knowledge API</h1>
<p>This is a GraphQL endpoint: a cited knowledge base of Japan's relations with Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan.</p>
<p>The schema: <a href="${SDL_PATH}">${origin}${SDL_PATH}</a> (SDL), or introspect this endpoint with any GraphQL client.</p>
<p>Send queries as JSON with POST, or with GET and a <code>query</code> parameter (cacheable):</p>
<pre>${escapeHtml(example)}</pre>
<pre>${escapeHtml(`curl '${endpoint}?query=%7Bcountries%7Bcode%20name%7D%7D'`)}</pre>
<p>Country briefings are PDFs at <a href="/briefings/KZ.pdf">/briefings/{code}.pdf</a>.</p>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
