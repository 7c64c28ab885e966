// Every quote of the knowledge base is verbatim in its source's text. CI always
// has ../shared beside the clone, so a missing folder fails rather than skips.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { SEED_DIR, loadDataset } from "../seed/dataset.ts";
import { checkQuotes, normaliseText, readSourceTexts } from "../seed/quotes.ts";

const SOURCES = resolve(import.meta.dirname, "..", "..", "shared", "sources");
const run = promisify(execFile);
const seedCheck = (...args: string[]) =>
  run(process.execPath, ["--import", "tsx", "seed/check.ts", ...args], { cwd: resolve(import.meta.dirname, "..") }).then(
    (r) => ({ code: 0, out: r.stdout + r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

describe("quotes against the source texts", () => {
  it("finds the sources folder beside the clone", () => {
    expect(existsSync(SOURCES), `${SOURCES} must exist (CI has ../shared beside the clone)`).toBe(true);
  });

  it("finds every quote verbatim and every locator's reference printed", async () => {
    const data = await loadDataset();
    const { texts, issues } = await readSourceTexts(data, SOURCES);
    expect(issues).toEqual([]);
    expect([...texts.keys()].sort()).toEqual(["avim-2017-15", "ca-plus-japan-article"]);
    expect(checkQuotes(data, texts)).toEqual([]);
  });

  it("normalises only whitespace and quote marks", async () => {
    const data = await loadDataset();
    const { texts } = await readSourceTexts(data, SOURCES);
    const quote = (q: string, locator = "¶21 (no reference)", source = "ca-plus-japan-article") => {
      const copy = structuredClone(data);
      copy.periods[0]!.citations = [{ source, locator, quote: q }];
      return checkQuotes(copy, texts);
    };
    expect(quote("the first meeting,\n   which was attended")).toEqual([]);
    expect(quote("dialogue \"Central Asia plus Japan\"")).toEqual([]);
    expect(quote("the first meeting, that was attended")).toHaveLength(1);
    expect(quote("the first meeting which was attended")).toHaveLength(1);
    expect(quote("the first meeting, which was attended", "[6, p. 16]")[0]?.message).toMatch(/\[6, p\. 16\] is not printed/);
    expect(quote("signed contracts for economic cooperation", "[6, p. 15] [8]")[0]?.message).toMatch(/first reference after the quote is \[6, p15\]/);
    expect(quote("signed contracts for economic cooperation", "[6, p15] [8]")).toEqual([]);
    expect(quote("In 1992, Japan established diplomatic relations", "[2, p. 4]")[0]?.message).toMatch(/a sentence ends between the quote and \[2, p\. 4\]/);
    expect(quote("In 1992, Japan established diplomatic relations", "[2, p. 4] (paragraph ¶3)")).toEqual([]);
    expect(quote("Kyrgyzstan to build highways[7] and to renew Manas Airport", "footnote [7]", "avim-2017-15")).toEqual([]);
    expect(quote("Turkmenistan has the observer status", "footnote [1] text", "avim-2017-15")).toEqual([]);
    expect(quote("Turkmenistan has the observer status", "footnote [2] text", "avim-2017-15")).toHaveLength(1);
    expect(quote("Such meetings not only support", "[13]")[0]?.message).toMatch(/paragraph-level/);
    expect(quote("Such meetings not only support", "[13] (paragraph ¶23)")).toEqual([]);
    expect(normaliseText("“a”  ‘b’")).toBe("\"a\" 'b'");
  });

  it("runs from the command line with the path, and says plainly when none is given", async () => {
    const withTexts = await seedCheck("--sources", SOURCES);
    expect(withTexts.out).toMatch(/quotes checked verbatim against 2 source texts/);
    expect(withTexts.code).toBe(0);
    const without = await seedCheck();
    expect(without.out).toMatch(/quotes NOT checked against source texts: no --sources <dir> given/);
    expect(without.code).toBe(0);
  }, 60_000);

  it("reports shape, reference, rule and quote problems together in one run", async () => {
    const dir = await mkdtemp(join(tmpdir(), "seed-check-"));
    await cp(SEED_DIR, dir, { recursive: true });
    const edit = async (file: string, change: (records: Record<string, any>[]) => void) => {
      const records = JSON.parse(await readFile(join(dir, file), "utf8"));
      change(records);
      await writeFile(join(dir, file), JSON.stringify(records));
    };
    await edit("countries.json", (r) => (r[1]!.capital = 42));
    await edit("initiatives.json", (r) => {
      r[0]!.countries = ["XX"];
      r[1]!.citations[0].quote = "In 1993, Japan held one of these conferences";
    });
    await edit("aid-figures.json", (r) => (r[0]!.scope = "CENTRAL_ASIA"));
    const { code, out } = await seedCheck("--dir", dir, "--sources", SOURCES);
    expect(code).toBe(1);
    expect(out).toMatch(/countries\.json › #1 \(KG\) › capital/);
    expect(out).toMatch(/unknown country "XX"/);
    expect(out).toMatch(/scope: is COUNTRY exactly when/);
    expect(out).toMatch(/not verbatim in ca-plus-japan-article: "In 1993/);
  }, 60_000);
});
