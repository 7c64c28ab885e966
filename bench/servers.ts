// Servers a bench row runs in processes of their own (so their CPU and memory
// are theirs alone): the local server (`npm start`) and the yoga "hello"
// baseline. Ports start at BENCH_PORT (default 4401).
import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let nextPort = Number(process.env.BENCH_PORT ?? 4401);

export interface BenchServer {
  port: number;
  pid: number;
  url: string;
  /** Stops the server and waits for its exit (so its last output still has a reader). */
  stop(): Promise<void>;
}

/** Starts `script` (relative to the repository) on the next bench port, resolving once it listens. */
export function startServer(script: string, env: Record<string, string> = {}): Promise<BenchServer> {
  const port = nextPort++;
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: root,
    // Production mode for every server alike (the local server's default, src/server/production-mode.ts).
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", GRAPHIQL: "false", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
    child.stdout?.on("data", (chunk: Buffer) => {
      if (!chunk.toString().includes("/graphql")) return;
      child.stdout?.removeAllListeners("data").resume();
      resolve({
        port,
        pid: child.pid ?? 0,
        url: `http://127.0.0.1:${port}`,
        stop: () => {
          child.removeAllListeners("exit");
          const exited = new Promise<void>((done) => child.once("exit", () => done()));
          child.kill("SIGTERM");
          return exited;
        },
      });
    });
  });
}
