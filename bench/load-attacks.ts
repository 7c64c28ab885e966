// The malicious half of `npm run load -- --mixed`: the abuse the second attack
// used, kept up for the whole run. Each kind reopens its connections as the
// server closes them, so the pressure is constant.
import { type Socket, connect } from "node:net";
import autocannon from "autocannon";
import { BAD_INPUT_CORPUS } from "../test/support/bad-input-corpus.ts";

export interface AttackCounts {
  slowHeaders: number;
  endlessBodies: number;
  pipelinedUnread: number;
  corpusRequests: number;
}

/** Connections that each misbehave in one way, reopened when the server closes them. */
function keepOpening(port: number, count: number, behave: (socket: Socket) => void, opened: () => void): () => void {
  let stopped = false;
  const sockets = new Set<Socket>();
  const open = () => {
    if (stopped) return;
    const socket = connect(port, "127.0.0.1");
    sockets.add(socket);
    opened();
    socket.on("error", () => {});
    socket.on("close", () => {
      sockets.delete(socket);
      setTimeout(open, 100);
    });
    socket.on("connect", () => behave(socket));
  };
  for (let i = 0; i < count; i++) open();
  return () => {
    stopped = true;
    for (const s of sockets) s.destroy();
  };
}

function drip(socket: Socket, text: string, everyMs: number): void {
  let i = 0;
  const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(text[i++ % text.length] ?? " ")), everyMs);
  socket.once("close", () => clearInterval(timer));
}

/** Starts the attacks; the returned function stops them and gives their counts. */
export function startAttacks(port: number, seconds: number): () => Promise<AttackCounts> {
  const counts: AttackCounts = { slowHeaders: 0, endlessBodies: 0, pipelinedUnread: 0, corpusRequests: 0 };
  const stops = [
    // Headers one byte every 200 ms, never finished.
    keepOpening(port, 50, (s) => drip(s, "GET /graphql HTTP/1.1\r\nHost: localhost\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaa", 200), () => counts.slowHeaders++),
    // A chunked body that never ends.
    keepOpening(
      port,
      20,
      (s) => {
        s.write("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        drip(s, "1\r\n \r\n", 200);
      },
      () => counts.endlessBodies++,
    ),
    // 500 briefing requests pipelined at once, answers never read.
    keepOpening(
      port,
      5,
      (s) => {
        s.pause();
        s.write("GET /briefings/KZ.pdf HTTP/1.1\r\nHost: localhost\r\n\r\n".repeat(500));
      },
      () => counts.pipelinedUnread++,
    ),
  ];
  // The bad-input corpus, round and round, on 10 connections.
  const corpus = BAD_INPUT_CORPUS.filter((r) => !r.headers?.host).map((r) => ({
    method: r.method as "GET",
    path: `${r.path}${r.query ? `?${r.query}` : ""}`,
    headers: r.headers,
    body: r.method === "GET" || r.method === "HEAD" || r.body === undefined ? undefined : Buffer.from(r.body),
  }));
  const cannon = autocannon({ url: `http://127.0.0.1:${port}`, connections: 10, duration: seconds, requests: corpus, timeout: 10 });
  return async () => {
    const result = await cannon;
    counts.corpusRequests = result.requests.total;
    for (const stop of stops) stop();
    return counts;
  };
}
