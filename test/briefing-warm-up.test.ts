// A cold briefing instance reads ahead (src/briefing/warm-up.ts): the
// snapshot it reads is the one a request would read, and it serves one render
// of its own data version only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Snapshot, gatherSnapshot } from "../src/briefing/data.ts";
import { ReadAhead, warmUpBriefings } from "../src/briefing/warm-up.ts";
import { dataVersionClockOf } from "../src/data-version-clock.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await startTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

describe("reading ahead on a cold instance", () => {
  it("reads the snapshot a request would read, for the current data version", async () => {
    const readAhead = warmUpBriefings(t.store, dataVersionClockOf(t.store, 60_000));
    const version = (await t.store.dataVersion()) ?? "";
    const snapshot = await readAhead.take(version);
    expect(snapshot).not.toBeNull();
    expect(snapshot).toEqual(await gatherSnapshot(t.store, version));
  });

  it("hands its snapshot out once, and only to a render of the same version", async () => {
    const snapshot = { dataVersion: "v1" } as Snapshot;
    const once = new ReadAhead(Promise.resolve(snapshot));
    expect(await once.take("v1")).toBe(snapshot);
    expect(await once.take("v1")).toBeNull();
    const other = new ReadAhead(Promise.resolve(snapshot));
    expect(await other.take("v2")).toBeNull();
    expect(await other.take("v1")).toBeNull();
  });

  it("gives nothing when its read failed, so the request reads for itself", async () => {
    const failed = new ReadAhead(Promise.resolve(null));
    expect(await failed.take("v1")).toBeNull();
    expect(await new ReadAhead(undefined).take("v1")).toBeNull();
  });
});
