// `npm start` when it cannot start: one clear line on stderr and a non-zero
// exit, not a stack trace.
import { spawn } from "node:child_process";
import { type AddressInfo, createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFailureLine } from "../src/server/start-failure.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const TSX = fileURLToPath(new URL("../node_modules/tsx/dist/cli.mjs", import.meta.url));

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TSX, "src/server/main.ts"], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

describe("npm start on a busy port", () => {
  const busy = createServer();
  let port: number;
  beforeAll(async () => {
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    port = (busy.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => busy.close(resolve)));

  it("prints one line naming the port and how to choose another, and exits 1", async () => {
    const { code, stderr } = await start({ PORT: String(port), HOST: "127.0.0.1" });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toEqual([`Cannot start: 127.0.0.1:${port} is already in use. Stop the other server, or choose another port: PORT=${port + 1} npm start`]);
  }, 60_000);
});

describe("the start failure line", () => {
  it.each([
    [{ code: "EACCES" }, /no permission to listen on 0\.0\.0\.0:80\. Choose a port above 1023/],
    [{ code: "EADDRNOTAVAIL" }, /HOST=0\.0\.0\.0 is not an address of this machine/],
    [new Error("table missing\n    at somewhere"), /^Cannot start: table missing$/],
  ])("explains %o in one line", (error, line) => {
    const text = startFailureLine(error, { host: "0.0.0.0", port: 80 });
    expect(text).toMatch(line);
    expect(text).not.toContain("\n");
  });
});
