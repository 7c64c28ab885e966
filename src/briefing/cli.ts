// `npm run briefing -- KZ [out.pdf]`: renders one briefing to a file, from the
// local store: the embedded data (dynalite, seeded) or, when DYNAMODB_ENDPOINT
// or TABLE_NAME is set, that DynamoDB table (as `npm start` does).
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { configFromEnv } from "../config.ts";
import { countryCodeInput } from "../domain/input-checks.ts";
import { openLocalStore } from "../local-store.ts";
import { findCountry, gatherBriefing } from "./data.ts";
import { renderBriefing } from "./document.ts";

const [code, out] = process.argv.slice(2);
if (!code || !countryCodeInput(code)) {
  console.error("usage: npm run briefing -- <country code, e.g. KZ or KAZ> [out.pdf]");
  process.exit(2);
}

const local = await openLocalStore(configFromEnv());
try {
  const country = await findCountry(local.store, code);
  if (!country) {
    console.error(`no Central Asian republic has the code ${code.toUpperCase()}`);
    process.exitCode = 1;
  } else {
    const { pdf, pages } = await renderBriefing(await gatherBriefing(local.store, country, new Date()));
    const path = resolve(out ?? `${country.code}-briefing.pdf`);
    await writeFile(path, pdf);
    console.log(`${path}  ${pages} pages, ${(pdf.length / 1024).toFixed(1)} KB`);
  }
} finally {
  await local.close();
}
