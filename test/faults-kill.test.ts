// A re-seed killed with SIGKILL mid-load on a kept data folder, then the
// original data loaded again, ends identical to a clean load — items and every
// index — run after run. dynalite writes index entries apart from their items,
// so a kill can tear them; the loader's write-ahead marker makes the next load
// find and repair them.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ScanCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { createClients } from "../src/store/client.ts";
import { startEmbeddedDynamoDB } from "../src/store/embedded-dynamodb.ts";
import { INDEXES } from "../src/store/entities/indexes.ts";
import { startTestDatabase } from "./support/database.ts";

const RUNS = 6;
const TABLE = "kill-test";
const CHILD = join(import.meta.dirname, "support", "seed-child.ts");

function child(dir: string, which: "original" | "changed"): { process: ChildProcess; output: Promise<string>; writing: Promise<void> } {
  const p = spawn(process.execPath, ["--import", "tsx", CHILD, dir, which], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  let markWriting: () => void = () => {};
  const writing = new Promise<void>((resolve) => {
    markWriting = resolve;
  });
  p.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes("writing")) markWriting();
  });
  const output = new Promise<string>((resolve) => p.once("exit", () => resolve(out)));
  return { process: p, output, writing };
}

/** Items and every index, each in key order. */
async function contents(doc: DynamoDBDocumentClient, tableName: string) {
  const scan = async (IndexName?: string) => {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc.send(new ScanCommand({ TableName: tableName, IndexName, ExclusiveStartKey: start }));
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return items.map((i) => JSON.stringify(i, Object.keys(i).sort())).sort();
  };
  return { table: await scan(), ...Object.fromEntries(await Promise.all(INDEXES.map(async (i) => [i.name, await scan(i.name)]))) };
}

describe("a re-seed killed mid-load on a kept data folder", () => {
  it(`ends identical to a clean load, ${RUNS} runs in a row`, { timeout: 300_000 }, async () => {
    const clean = await startTestDatabase();
    const expected = await contents(clean.doc, clean.config.tableName);
    await clean.close();

    const dir = await mkdtemp(join(tmpdir(), "kill-test-"));
    try {
      await child(dir, "original").output;
      const repairedPerRun: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const changed = child(dir, "changed");
        // A child that exits before writing (nothing to change) fails the run below instead of hanging here.
        await Promise.race([changed.writing, changed.output]);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 150));
        changed.process.kill("SIGKILL");
        await changed.output;
        const reload = await child(dir, "original").output;
        const result = JSON.parse(reload.split("\n").find((l) => l.startsWith("{")) ?? "{}");
        repairedPerRun.push(result.repaired ?? -1);

        const db = await startEmbeddedDynamoDB({ path: dir });
        const { client, doc } = createClients({ ...db.connection, connectTimeoutMs: 1000, requestTimeoutMs: 10_000, maxAttempts: 3 });
        try {
          expect(await contents(doc, TABLE), `run ${run + 1}`).toEqual(expected);
        } finally {
          client.destroy();
          await db.close();
        }
      }
      console.log(`${RUNS} kill -9 runs: every reload identical to a clean load; index entries repaired per run: ${repairedPerRun.join(", ")}`);
      expect(repairedPerRun.every((n) => n >= 0)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
