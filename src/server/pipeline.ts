// Backpressure for pipelined requests. Node parses every request a socket has
// sent and hands each to the handler at once, though answers must go back in
// order: a client that pipelines thousands of requests and never reads would
// have them all rendered and buffered. Here each socket runs a few at a time,
// starting the next only when an answer has been handed to the socket, and
// refuses requests beyond a short queue with a 503 that closes the connection.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";

export interface PipelineLimits {
  /** Requests of one connection being answered at once. */
  active: number;
  /** Requests of one connection waiting for their turn. */
  queued: number;
}

interface SocketState {
  active: number;
  waiting: (() => void)[];
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export function withPipelineLimits(listener: Listener, limits: PipelineLimits): Listener {
  const states = new WeakMap<Socket, SocketState>();
  return (req, res) => {
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
    const start = () => {
      current.active++;
      res.once("close", () => {
        current.active--;
        const next = current.waiting.shift();
        if (next && !socket.destroyed) next();
      });
      listener(req, res);
    };
    if (current.active < limits.active) return start();
    if (current.waiting.length < limits.queued) return void current.waiting.push(start);
    res.shouldKeepAlive = false;
    res.writeHead(503, { "content-type": "application/json; charset=utf-8", "retry-after": "1", connection: "close" });
    res.end(JSON.stringify({ error: "SERVICE_UNAVAILABLE", message: "Too many pipelined requests on one connection; read the answers before sending more." }));
  };
}
