// `npm run briefing -- KZ [out.pdf]`: renders one briefing to a file, from the
// embedded data (dynalite, seeded) or, when DYNAMODB_ENDPOINT or TABLE_NAME
// is set, from that DynamoDB table.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { storeConfigFromEnv } from "../config.ts";
import { startEmbeddedDynamoDB } from "../store/embedded-dynamodb.ts";
import { openStore } from "../store/open.ts";
import { findCountry, gatherBriefing } from "./data.ts";
import { renderBriefing } from "./document.ts";

const [code, out] = process.argv.slice(2);
if (!code || !/^[A-Za-z]{2,3}$/.test(code)) {
  console.error("usage: npm run briefing -- <country code, e.g. KZ or KAZ> [out.pdf]");
  process.exit(2);
}

const env = process.env;
const config = storeConfigFromEnv();
const external = Boolean(env.DYNAMODB_ENDPOINT || env.TABLE_NAME);
const embedded = external ? undefined : await startEmbeddedDynamoDB();
if (embedded) config.endpoint = embedded.endpoint;

try {
  const store = await openStore(config, { createTable: Boolean(embedded), seed: Boolean(embedded) });
  const country = await findCountry(store, code);
  if (!country) {
    console.error(`no Central Asian republic has the code ${code.toUpperCase()}`);
    process.exitCode = 1;
  } else {
    const { pdf, pages } = await renderBriefing(await gatherBriefing(store, country, new Date()));
    const path = resolve(out ?? `${country.code}-briefing.pdf`);
    await writeFile(path, pdf);
    console.log(`${path}  ${pages} pages, ${(pdf.length / 1024).toFixed(1)} KB`);
  }
} finally {
  await embedded?.close();
}
