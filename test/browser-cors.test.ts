// A web app on another origin, in Chromium: a page served from a second
// loopback origin reads GraphQL answers (uncached, cached, a 304, a POST) and
// a briefing with fetch from the server `npm start` starts with ALLOWED_ORIGINS
// naming it; the same page on an origin not listed is refused by the browser.
import { type Server, createServer } from "node:http";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedServer, freePort, launchChromium, npmStart } from "./browser-server.ts";

let api: StartedServer;
let pages: Server;
let browser: Browser;
let allowedOrigin: string;
let otherOrigin: string;

beforeAll(async () => {
  const port = await freePort();
  // One page server, two origins: localhost and 127.0.0.1 are different origins to a browser.
  allowedOrigin = `http://localhost:${port}`;
  otherOrigin = `http://127.0.0.1:${port}`;
  pages = createServer((_, response) => response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>app</title><p>app</p>"));
  await new Promise<void>((resolve) => pages.listen(port, "127.0.0.1", resolve));
  [api, browser] = await Promise.all([npmStart({ ALLOWED_ORIGINS: allowedOrigin }), launchChromium()]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await new Promise((resolve) => pages?.close(resolve));
}, 60_000);

async function pageAt(origin: string): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${origin}/`);
  return page;
}

interface Read {
  status: number;
  etag: string | null;
  cacheControl: string | null;
  names?: string[];
}

/** In the page: GraphQL over GET three times (the third conditional), a POST, and a briefing. */
function readEverything(page: Page, apiOrigin: string) {
  return page.evaluate(async (base) => {
    const query = encodeURIComponent("{ countries { name } }");
    const read = async (response: Response) => {
      const text = await response.text();
      return { status: response.status, etag: response.headers.get("etag"), cacheControl: response.headers.get("cache-control"), names: text ? (JSON.parse(text).data.countries as { name: string }[]).map((c) => c.name) : undefined };
    };
    const uncached = await read(await fetch(`${base}/graphql?query=${query}`, { cache: "no-store" }));
    // The server caches an answer once the data version has settled (about a second).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await fetch(`${base}/graphql?query=${query}`, { cache: "no-store" });
    const cached = await read(await fetch(`${base}/graphql?query=${query}`, { cache: "no-store" }));
    const revalidated = await read(await fetch(`${base}/graphql?query=${query}`, { cache: "no-store", headers: { "if-none-match": cached.etag ?? "" } }));
    const posted = await read(await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ countries { name } }" }) }));
    const pdf = await fetch(`${base}/briefings/KZ.pdf`);
    const bytes = new Uint8Array(await pdf.arrayBuffer());
    const briefing = { status: pdf.status, magic: String.fromCharCode(...bytes.slice(0, 5)), size: bytes.length, disposition: pdf.headers.get("content-disposition") };
    return { uncached, cached, revalidated, posted, briefing };
  }, apiOrigin);
}

describe("a page on an allowed origin", () => {
  it("reads uncached and cached answers, a 304, a POST and a briefing", async () => {
    const page = await pageAt(allowedOrigin);
    const seen = await readEverything(page, api.origin);
    const republics = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"];
    // The first answer after start: the data version has not settled, so the server did not cache it.
    expect(seen.uncached).toMatchObject({ status: 200, names: republics, cacheControl: "no-store", etag: null });
    expect(seen.cached).toMatchObject({ status: 200, names: republics, cacheControl: "public, max-age=5, stale-while-revalidate=60" });
    expect(seen.cached.etag).toMatch(/^".+"$/);
    expect(seen.revalidated).toMatchObject({ status: 304, etag: seen.cached.etag });
    expect(seen.posted).toMatchObject({ status: 200, names: republics, cacheControl: "no-store" });
    expect(seen.briefing).toMatchObject({ status: 200, magic: "%PDF-", disposition: 'inline; filename="Kazakhstan-briefing.pdf"' });
    expect(seen.briefing.size).toBeGreaterThan(10_000);
    await page.close();
  });
});

describe("a page on an origin not allowed", () => {
  it("cannot read answers: the browser refuses GET, POST and briefings", async () => {
    const page = await pageAt(otherOrigin);
    const outcomes = await page.evaluate(async (base) => {
      const attempt = (url: string, init?: RequestInit) =>
        fetch(url, init).then(
          (r) => `read ${r.status}`,
          (e: Error) => `refused: ${e.name}`,
        );
      return [
        await attempt(`${base}/graphql?query=${encodeURIComponent("{ countries { name } }")}`),
        await attempt(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"query":"{ periods { ordinal } }"}' }),
        await attempt(`${base}/briefings/KZ.pdf`),
      ];
    }, api.origin);
    expect(outcomes).toEqual(["refused: TypeError", "refused: TypeError", "refused: TypeError"]);
    await page.close();
  });
});
