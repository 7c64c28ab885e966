// Admission for the local server. Node hands every request it parses to the
// handler at once: a client pipelining thousands of requests it never reads,
// or a burst beyond what the process can serve, would all be started together
// and hold their answers in memory and their DynamoDB calls in the SDK's queue
// (past its timeouts). Here each connection has a few requests admitted at a
// time, and the whole server runs a bounded number at once; the next starts
// only when an answer has been handed to its socket. Requests beyond a
// connection's short queue are refused with a 503 that closes it.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";

export interface AdmissionLimits {
  /** Requests of one connection admitted at once (running or waiting for a server slot). */
  active: number;
  /** Requests of one connection waiting for admission. */
  queued: number;
  /** Requests the whole server runs at once. */
  concurrent: number;
}

interface SocketState {
  active: number;
  waiting: (() => void)[];
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/** Calls `fn` once, whichever of several events comes first. */
const once = (fn: () => void) => {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
};

/** Whether the server still owes a socket an answer it has not finished writing. */
export type Owing = (socket: Socket) => boolean;

export function withAdmission(listener: Listener, limits: AdmissionLimits): { listener: Listener; owing: Owing } {
  const states = new WeakMap<Socket, SocketState>();
  let running = 0;
  const ready: (() => void)[] = [];
  const nextReady = () => {
    while (running < limits.concurrent && ready.length > 0) ready.shift()?.();
  };

  /**
   * Runs the request in a server slot, held until its answer begins (the work
   * is then done; writing it waits on the client, who may never read).
   */
  const run = (req: IncomingMessage, res: ServerResponse) => {
    const start = () => {
      const socket = req.socket;
      const release = once(() => {
        running--;
        // Keep-alive sockets serve many requests: leave no listener behind.
        socket.off("close", release);
        nextReady();
      });
      running++;
      if (socket.destroyed) return release();
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
      res.writeHead = ((...args: unknown[]) => {
        release();
        return writeHead(...args);
      }) as ServerResponse["writeHead"];
      res.once("close", release);
      socket.once("close", release);
      listener(req, res);
    };
    if (running < limits.concurrent) start();
    else ready.push(start);
  };

  const admitting: Listener = (req, res) => {
    const socket = req.socket;
    let state = states.get(socket);
    if (!state) {
      const created: SocketState = { active: 0, waiting: [] };
      socket.once("close", () => {
        created.waiting.length = 0;
      });
      states.set(socket, created);
      state = created;
    }
    const current = state;
    // A connection's slot is held until its answer has been handed to the socket: a client that does not read holds only its own.
    const admit = () => {
      current.active++;
      const release = once(() => {
        current.active--;
        const next = current.waiting.shift();
        if (next && !socket.destroyed) next();
      });
      res.once("finish", release);
      res.once("close", release);
      run(req, res);
    };
    if (current.active < limits.active) return admit();
    if (current.waiting.length < limits.queued) return void current.waiting.push(admit);
    res.shouldKeepAlive = false;
    res.writeHead(503, { "content-type": "application/json; charset=utf-8", "retry-after": "1", connection: "close" });
    res.end(JSON.stringify({ error: "SERVICE_UNAVAILABLE", message: "Too many pipelined requests on one connection; read the answers before sending more." }));
  };
  return { listener: admitting, owing: (socket) => (states.get(socket)?.active ?? 0) > 0 };
}
