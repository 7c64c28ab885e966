// `npm run briefing -- KZ [out.pdf]` or `npm run briefing -- central-asia
// [out.pdf]`: renders one brief to a file (by default <code>-briefing.pdf in
// the current directory), from the embedded data (dynalite, seeded) or, when
// DYNAMODB_ENDPOINT or TABLE_NAME is set, from that DynamoDB table. Links
// between briefs point to the files this command writes by default.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { storeConfigFromEnv } from "../config.ts";
import { startEmbeddedDynamoDB } from "../store/embedded-dynamodb.ts";
import { openStore } from "../store/open.ts";
import { findCountry, gatherBriefing, gatherSnapshot } from "./data.ts";
import { renderBriefing } from "./document.ts";
import { REGIONAL_SLUG, renderRegionalBriefing } from "./regional-document.ts";

const [code, out] = process.argv.slice(2);
if (!code || !(/^[A-Za-z]{2,3}$/.test(code) || code.toLowerCase() === REGIONAL_SLUG)) {
  console.error(`usage: npm run briefing -- <country code, e.g. KZ or KAZ, or ${REGIONAL_SLUG}> [out.pdf]`);
  process.exit(2);
}

const env = process.env;
const config = storeConfigFromEnv();
const external = Boolean(env.DYNAMODB_ENDPOINT || env.TABLE_NAME);
const embedded = external ? undefined : await startEmbeddedDynamoDB();
if (embedded) config.endpoint = embedded.endpoint;
const briefUrl = (c: string) => `./${c}-briefing.pdf`;

try {
  const store = await openStore(config, { createTable: Boolean(embedded), seed: Boolean(embedded) });
  const regional = code.toLowerCase() === REGIONAL_SLUG;
  const country = regional ? null : await findCountry(store, code);
  if (!regional && !country) {
    console.error(`no Central Asian republic has the code ${code.toUpperCase()}`);
    process.exitCode = 1;
  } else {
    const { pdf, pages } = country
      ? await renderBriefing(await gatherBriefing(store, country), { briefUrl })
      : await renderRegionalBriefing(await gatherSnapshot(store), { briefUrl });
    const path = resolve(out ?? briefUrl(country?.code ?? REGIONAL_SLUG));
    await writeFile(path, pdf);
    console.log(`${path}  ${pages} pages, ${(pdf.length / 1024).toFixed(1)} KB`);
  }
} finally {
  await embedded?.close();
}
