// GraphiQL as a frontend developer meets it: headless Chromium opens /graphql
// on the server `npm start` starts. Every request the page makes succeeds
// (everything is served from here: no CDN), the docs explorer lists the root
// types from introspection, and the prefilled query runs and shows data.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StartedServer, launchChromium, npmStart } from "./browser-server.ts";

let server: StartedServer;
let browser: Browser;
let page: Page;
const failures: string[] = [];
const requested: string[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([npmStart(), launchChromium()]);
  page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  page.on("request", (request) => requested.push(request.url()));
  page.on("requestfailed", (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) failures.push(`${response.url()}: ${response.status()}`);
  });
  await page.goto(`${server.origin}/graphql`, { waitUntil: "load", timeout: 90_000 });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

describe("GraphiQL in Chromium", () => {
  it("lists the root types in the docs explorer", async () => {
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    const docs = page.locator(".graphiql-doc-explorer");
    await docs.getByText("Root Types").waitFor();
    const text = await docs.innerText();
    expect(text).toMatch(/query:\s*Query/);
    expect(text).not.toMatch(/mutation:|subscription:/);
    for (const type of ["Country", "Initiative", "InitiativeConnection", "AidFigureConnection"]) expect(text).toContain(type);
  });

  it("runs the prefilled query and shows its data", async () => {
    const answered = page.waitForResponse((r) => r.url() === `${server.origin}/graphql` && r.request().method() === "POST" && /Countries/.test(r.request().postData() ?? ""));
    await page.getByRole("button", { name: "Execute query (Ctrl-Enter)" }).click();
    const body = (await (await answered).json()) as { data?: { countries: { name: string; briefingUrl: string }[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.countries.map((c) => c.name)).toEqual(["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]);
    // The editor draws only the lines in view: the first country's.
    const response = page.locator(".graphiql-response");
    await response.getByText("Kazakhstan").waitFor();
    const shown = (await response.innerText()).replace(/\s+/g, " ");
    for (const text of ['"code": "KZ"', '"name": "Kazakhstan"', '"capital": "Astana"']) expect(shown).toContain(text);
  });

  it("loaded with no failed request, all from this server", () => {
    expect(failures).toEqual([]);
    const elsewhere = requested.filter((url) => !url.startsWith(server.origin) && !url.startsWith(`blob:${server.origin}`) && !url.startsWith("data:"));
    expect(elsewhere).toEqual([]);
  });
});
