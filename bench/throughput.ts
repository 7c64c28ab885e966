// Row P4 of quality.md: requests per second of the dashboard operation on the
// local server (`npm start`, its own process, loopback) at 20 connections,
// against a yoga "hello" server on the same machine in the same run.
import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { DASHBOARD } from "../test/support/dashboard.ts";
import type { BenchRow } from "./row.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const CONNECTIONS = 20;
const WARMUP_S = 3;
const DURATION_S = 10;
const TARGET = 0.5;

function start(script: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", GRAPHIQL: "false" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("/graphql")) resolve(child);
    });
  });
}

async function requestsPerSecond(port: number, query: string): Promise<number> {
  const options = {
    url: `http://127.0.0.1:${port}/graphql`,
    connections: CONNECTIONS,
    method: "POST" as const,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  };
  await autocannon({ ...options, duration: WARMUP_S });
  const result = await autocannon({ ...options, duration: DURATION_S });
  if (result.errors || result.non2xx || result.timeouts) throw new Error(`${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts on port ${port}`);
  return result.requests.average;
}

export async function throughputRows(): Promise<BenchRow[]> {
  const hello = await start("bench/hello-server.ts", 4401);
  const app = await start("src/server/main.ts", 4402);
  try {
    const helloRps = await requestsPerSecond(4401, "{ hello }");
    const dashboardRps = await requestsPerSecond(4402, DASHBOARD);
    const ratio = dashboardRps / helloRps;
    return [
      {
        id: "P4",
        figure: `dashboard on the local server: ${Math.round(dashboardRps)} requests/s (${CONNECTIONS} connections, ${DURATION_S} s after ${WARMUP_S} s warmup)`,
        baseline: `yoga "hello" server: ${Math.round(helloRps)} requests/s`,
        ratio: Math.round(ratio * 1000) / 1000,
        target: `≥ ${TARGET}`,
        met: ratio >= TARGET,
      },
    ];
  } finally {
    for (const child of [hello, app]) {
      child.removeAllListeners("exit");
      child.kill("SIGTERM");
    }
  }
}
