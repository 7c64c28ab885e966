// `npm run briefing -- KZ [out.pdf]` or `npm run briefing -- central-asia
// [out.pdf]`: renders one brief to a file (by default <code>-briefing.pdf in
// the current directory; .gitignore keeps such files out of the repository),
// from the local store: the embedded data (dynalite, seeded) or, when
// DYNAMODB_ENDPOINT or TABLE_NAME is set, that DynamoDB table (as `npm start`
// does). Links between briefs point to the files this command writes by default.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { configFromEnv } from "../config.ts";
import { countryCodeInput } from "../domain/input-checks.ts";
import { openLocalStore } from "../local-store.ts";
import { findCountry, gatherBriefing, gatherSnapshot } from "./data.ts";
import { renderBriefing } from "./document.ts";
import { REGIONAL_SLUG, renderRegionalBriefing } from "./regional-document.ts";

const [code, out] = process.argv.slice(2);
const regional = code?.toLowerCase() === REGIONAL_SLUG;
if (!code || !(regional || countryCodeInput(code))) {
  console.error(`usage: npm run briefing -- <country code, e.g. KZ or KAZ, or ${REGIONAL_SLUG}> [out.pdf]`);
  process.exit(2);
}
const briefUrl = (c: string) => `./${c}-briefing.pdf`;

const local = await openLocalStore(configFromEnv());
try {
  const country = regional ? null : await findCountry(local.store, code);
  if (!regional && !country) {
    console.error(`no Central Asian republic has the code ${code.toUpperCase()}`);
    process.exitCode = 1;
  } else {
    const { pdf, pages } = country
      ? await renderBriefing(await gatherBriefing(local.store, country), { briefUrl })
      : await renderRegionalBriefing(await gatherSnapshot(local.store), { briefUrl });
    // npm runs scripts from the package's folder; INIT_CWD is where the user typed the command.
    const path = resolve(process.env.INIT_CWD ?? process.cwd(), out ?? briefUrl(country?.code ?? REGIONAL_SLUG));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, pdf);
    console.log(`${path}  ${pages} pages, ${(pdf.length / 1024).toFixed(1)} KB`);
  }
} finally {
  await local.close();
}
