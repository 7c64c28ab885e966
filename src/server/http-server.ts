// The local door's HTTP server: the product's fetch handler behind Node's
// http module, with the limits a public server needs so that no client can
// hold it open — slow headers, bodies that never end, idle sockets, too many
// connections, pipelined requests never read — and a Host check before any
// URL is built from the request.
import { type IncomingMessage, STATUS_CODES, type Server, type ServerResponse, createServer } from "node:http";
import type { Duplex } from "node:stream";
import { createServerAdapter } from "@whatwg-node/server";
import { type FetchHandler, guarded } from "../http/guarded.ts";
import { isValidHost } from "../http/host.ts";
import type { Logger } from "../logger.ts";
import { type AdmissionLimits, withAdmission } from "./admission.ts";

export interface ServerLimits extends AdmissionLimits {
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
  // Enough to keep both cores and the DynamoDB client busy; more only lengthens every request.
  concurrent: 32,
};

export interface HttpServerOptions {
  logger: Logger;
  /**
   * The host (and port) requests are taken to be addressed to, from the
   * server's configuration. A client's Host header is checked but never used:
   * reflected into an answer (a briefing URL), it could poison a cache that
   * does not key on Host.
   */
  host: string;
  limits?: ServerLimits;
}

export function createHttpServer(handler: FetchHandler, options: HttpServerOptions): Server {
  const limits = options.limits ?? SERVER_LIMITS;
  const adapter = createServerAdapter(guarded(handler, options.logger));
  const listener = (req: IncomingMessage, res: ServerResponse) => {
    if (!isValidHost(req.headers.host)) return badRequest(res, "The Host header is missing or malformed.");
    // Only origin-form targets ("/graphql?…"): an absolute URL would let the request name its own origin.
    if (!req.url?.startsWith("/")) return badRequest(res, "The request target must be a path.");
    req.headers.host = options.host;
    void adapter(req, res);
  };
  const admission = withAdmission(listener, limits);
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often Node checks the two timeouts above.
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    admission.listener,
  );
  server.on("clientError", answerClientError);
  server.maxConnections = limits.maxConnections;
  server.setTimeout(limits.socketIdleTimeoutMs, (socket) => {
    // Silent while the server still works on its answer: the wait is ours, so wait on.
    // Silent with an answer unread in its buffers, or with nothing owed: the client is gone.
    if (admission.owing(socket) && socket.writableLength === 0) socket.setTimeout(limits.socketIdleTimeoutMs);
    else socket.destroy();
  });
  return server;
}

const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, "HEADERS_TOO_LARGE", "The request's headers are too large."],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "REQUEST_TIMEOUT", "The request took too long to arrive."],
  HPE_HEADERS_TIMEOUT: [408, "REQUEST_TIMEOUT", "The request's headers took too long to arrive."],
};

/** What Node's parser refuses (malformed or oversized requests, timeouts) still gets a JSON body. */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // As Node does by default: an answer is possible only while none has begun on this socket.
  const answering = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (!socket.writable || answering?.headersSent) return void socket.destroy();
  const [status, code, message] = CLIENT_ERRORS[error.code ?? ""] ?? [400, "BAD_REQUEST", "The request is not valid HTTP."];
  const body = JSON.stringify({ error: code, message });
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

function badRequest(res: ServerResponse, message: string): void {
  res.shouldKeepAlive = false;
  res.writeHead(400, { "content-type": "application/json; charset=utf-8", connection: "close" });
  res.end(JSON.stringify({ error: "BAD_REQUEST", message }));
}
