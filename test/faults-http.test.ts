// The local door cannot be held open: slow headers, bodies that never end,
// idle sockets, floods of half-sent connections and pipelined requests never
// read are each cut off within a bound, while ordinary requests still pass.
import { type Server, request } from "node:http";
import { type AddressInfo, Socket, connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { silentLogger } from "../src/logger.ts";
import { SERVER_LIMITS, type ServerLimits, createHttpServer } from "../src/server/http-server.ts";
import { type TestDatabase, startTestDatabase } from "./support/database.ts";

const LIMITS: ServerLimits = { ...SERVER_LIMITS, headersTimeoutMs: 1000, requestTimeoutMs: 2000, keepAliveTimeoutMs: 1000, socketIdleTimeoutMs: 3000, maxConnections: 64 };

let t: TestDatabase;
let server: Server;
let port: number;
beforeAll(async () => {
  t = await startTestDatabase();
  server = createHttpServer(createApp({ store: t.store, logger: silentLogger }).fetch, { logger: silentLogger, host: "127.0.0.1", limits: LIMITS });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await t.close();
});

const open = () =>
  new Promise<Socket>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => resolve(socket));
    socket.once("error", reject);
  });

/** Milliseconds until the server closes the socket, and what it sent before. */
function closed(socket: Socket): Promise<{ ms: number; received: string }> {
  const began = Date.now();
  let received = "";
  socket.on("data", (chunk: Buffer) => {
    received += chunk.toString("latin1");
  });
  socket.on("error", () => {});
  return new Promise((resolve) => socket.once("close", () => resolve({ ms: Date.now() - began, received })));
}

/** A query on a connection of its own (no pooled socket the server may just have closed as idle). */
const query = () =>
  new Promise<number>((resolve, reject) => {
    const body = '{"query":"{ periods { ordinal } }"}';
    const req = request({ host: "127.0.0.1", port, method: "POST", path: "/graphql", agent: false, headers: { "content-type": "application/json", "content-length": body.length } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });

describe("the local HTTP server under slow and abusive clients", () => {
  it("closes a connection that sends its headers one byte at a time, within the headers timeout", async () => {
    const socket = await open();
    const done = closed(socket);
    const head = "GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ";
    let i = 0;
    const drip = setInterval(() => !socket.destroyed && socket.write(head[i++ % head.length] ?? "a"), 100);
    const { ms, received } = await done;
    clearInterval(drip);
    console.log(`slow headers closed after ${ms} ms`);
    expect(received).toMatch(/^HTTP\/1\.1 408|^$/);
    expect(ms).toBeLessThan(LIMITS.headersTimeoutMs + 2500);
  });

  it("answers a chunked body that never ends with 408 within the request timeout", async () => {
    const socket = await open();
    const done = closed(socket);
    socket.write("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{\r\n");
    const drip = setInterval(() => !socket.destroyed && socket.write("1\r\n \r\n"), 200);
    const { ms, received } = await done;
    clearInterval(drip);
    console.log(`never-ending body closed after ${ms} ms`);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(LIMITS.requestTimeoutMs + 2500);
  });

  it("closes an idle connection after the keep-alive timeout", async () => {
    const socket = await open();
    const done = closed(socket);
    socket.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const { ms, received } = await done;
    console.log(`idle keep-alive connection closed after ${ms} ms`);
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(ms).toBeLessThan(LIMITS.keepAliveTimeoutMs + 2500);
  });

  it("holds no more connections than the cap, and serves again once half-sent ones time out", async () => {
    const sockets = await Promise.all(Array.from({ length: 300 }, () => open().catch(() => undefined)));
    for (const s of sockets) s?.write("GET /health HTTP/1.1\r\nHost: loc");
    const done = sockets.filter((s): s is Socket => s !== undefined).map(closed);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const held = await new Promise<number>((resolve, reject) => server.getConnections((error, n) => (error ? reject(error) : resolve(n))));
    expect(held).toBeLessThanOrEqual(LIMITS.maxConnections);
    const began = Date.now();
    const times = await Promise.all(done);
    console.log(`300 half-sent connections: ${held} held, all closed within ${Math.max(...times.map((c) => c.ms))} ms`);
    expect(Date.now() - began).toBeLessThan(LIMITS.headersTimeoutMs + 3000);
    expect(await query()).toBe(200);
  });

  it("keeps memory bounded when clients pipeline briefing requests and never read the answers", async () => {
    expect(await query()).toBe(200);
    await fetch(`http://127.0.0.1:${port}/briefings/KZ.pdf`).then((r) => r.arrayBuffer());
    const used = () => {
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    globalThis.gc?.();
    const before = used();
    const request = "GET /briefings/KZ.pdf HTTP/1.1\r\nHost: localhost\r\n\r\n";
    const sockets = await Promise.all(Array.from({ length: 20 }, open));
    let peak = before;
    for (const socket of sockets) {
      socket.on("error", () => {});
      socket.pause();
      socket.write(request.repeat(2000));
    }
    const sample = setInterval(() => {
      peak = Math.max(peak, used());
    }, 50);
    await new Promise((resolve) => setTimeout(resolve, 4000));
    clearInterval(sample);
    const growthMiB = (peak - before) / 2 ** 20;
    console.log(`20 × 2,000 pipelined unread briefing requests: peak growth ${growthMiB.toFixed(1)} MiB`);
    // Without backpressure this grew by gigabytes (a PDF copy per request).
    expect(growthMiB).toBeLessThan(256);
    expect(await query()).toBe(200);
    for (const socket of sockets) socket.destroy();
  });

  it("refuses malformed Host headers and absolute request targets with 400", async () => {
    for (const host of ["a b", "x:99999", "u@host", "host/path", ""]) {
      const socket = await open();
      const done = closed(socket);
      socket.write(`GET /health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      const { received } = await done;
      expect(received, host).toMatch(/^HTTP\/1\.1 400/);
      expect(received).not.toMatch(/ at |node_modules/);
    }
    const socket = await open();
    const done = closed(socket);
    socket.write("GET http://evil.example/graphql HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    expect((await done).received).toMatch(/^HTTP\/1\.1 400/);
  });
});
