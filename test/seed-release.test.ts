// The data release: the curated data set carries a release record that holds
// exactly its content, so the date readers see cannot silently go stale; a
// change to any record without a new release is caught here and by
// `npm run seed:check`, and the release date reaches the store with the version.
import { describe, expect, it } from "vitest";
import { loadDataset, validateDataset } from "../seed/dataset.ts";
import { checkRelease, contentFingerprint, stampRelease } from "../seed/release.ts";
import { startTestDatabase } from "./support/database.ts";

describe("the data release", () => {
  it("is recorded for the curated data as it is: run `npm run seed:release` after changing the data", async () => {
    const data = await loadDataset();
    expect(checkRelease(data)).toEqual([]);
    expect(data.released).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.releases.at(-1)).toEqual({ released: data.released, fingerprint: contentFingerprint(data) });
  });

  it("is found stale when a record changed after it, and the data is then unreleased", async () => {
    const data = await loadDataset();
    const changed = validateDataset({ ...data, countries: data.countries.map((c) => (c.code === "TM" ? { ...c, capital: "Ashkhabad" } : c)) });
    expect(changed.released).toBeNull();
    expect(changed.version).not.toBe(data.version);
    const [issue, ...rest] = checkRelease(changed);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: "releases.json", field: "fingerprint" });
    expect(issue?.message).toContain("npm run seed:release");
  });

  it("is stamped once per change of the data, a second stamp the same day replacing the first", async () => {
    const data = await loadDataset();
    const fingerprint = contentFingerprint(data);
    expect(stampRelease(data.releases, fingerprint, "2099-01-01")).toEqual(data.releases);
    const stamped = stampRelease(data.releases, "0123456789ab", "2099-01-01");
    expect(stamped.at(-1)).toEqual({ released: "2099-01-01", fingerprint: "0123456789ab" });
    expect(stampRelease(stamped, "ba9876543210", "2099-01-01")).toEqual([...data.releases, { released: "2099-01-01", fingerprint: "ba9876543210" }]);
    const restamped = validateDataset({ ...data, releases: stampRelease(data.releases, fingerprint, "2099-01-01") });
    expect(restamped.released).toBe(data.released);
  });

  it("is rejected when its date or fingerprint is malformed", async () => {
    const data = await loadDataset();
    expect(() => validateDataset({ ...data, releases: [{ released: "23 November 2026", fingerprint: "abc" }] })).toThrow(/releases\.json[\s\S]*released[\s\S]*fingerprint/);
  });

  it("is stored with the data version, so every door reads the same date", async () => {
    const t = await startTestDatabase();
    try {
      expect(await t.store.dataRelease()).toEqual({ version: t.dataset.version, released: t.dataset.released });
    } finally {
      await t.close();
    }
    const data = await loadDataset();
    const unreleased = await startTestDatabase({ dataset: validateDataset({ ...data, releases: [] }) });
    try {
      expect(await unreleased.store.dataRelease()).toEqual({ version: unreleased.dataset.version, released: null });
    } finally {
      await unreleased.close();
    }
  });
});
