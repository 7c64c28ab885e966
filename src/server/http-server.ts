// The local door's HTTP server: the product's fetch handler behind Node's
// http module, with the limits a public server needs so that no client can
// hold it open — slow headers, bodies that never end, idle sockets, too many
// connections, pipelined requests never read — and a Host check before any
// URL is built from the request.
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import { createServerAdapter } from "@whatwg-node/server";
import { type FetchHandler, guarded } from "../http/guarded.ts";
import { isValidHost } from "../http/host.ts";
import type { Logger } from "../logger.ts";
import { type PipelineLimits, withPipelineLimits } from "./pipeline.ts";

export interface ServerLimits extends PipelineLimits {
  /** Time to receive a request's headers. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic either way (a client that stopped reading) is closed after this. */
  socketIdleTimeoutMs: number;
  /** Open connections; beyond it new ones are closed at once, keeping descriptors for DynamoDB. */
  maxConnections: number;
}

export const SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 5_000,
  socketIdleTimeoutMs: 30_000,
  maxConnections: 512,
  active: 4,
  queued: 32,
};

export function createHttpServer(handler: FetchHandler, logger: Logger, limits: ServerLimits = SERVER_LIMITS): Server {
  const adapter = createServerAdapter(guarded(handler, logger));
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    if (!isValidHost(req.headers.host)) return badRequest(res, "The Host header is missing or malformed.");
    // Only origin-form targets ("/graphql?…"): an absolute URL would let the request name its own origin.
    if (!req.url?.startsWith("/")) return badRequest(res, "The request target must be a path.");
    void adapter(req, res);
  };
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often Node checks the two timeouts above.
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    withPipelineLimits(listener, limits),
  );
  server.maxConnections = limits.maxConnections;
  server.setTimeout(limits.socketIdleTimeoutMs, (socket) => socket.destroy());
  return server;
}

function badRequest(res: ServerResponse, message: string): void {
  res.shouldKeepAlive = false;
  res.writeHead(400, { "content-type": "application/json; charset=utf-8", connection: "close" });
  res.end(JSON.stringify({ error: "BAD_REQUEST", message }));
}
