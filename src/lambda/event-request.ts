// API Gateway events to fetch Requests: HTTP API payload 2.0, and REST or
// payload 1.0 events a misconfigured integration may send. What a client put
// in the event can fail here only as a 4xx answer, never as an exception.
import type { APIGatewayProxyEvent, APIGatewayProxyEventV2 } from "aws-lambda";
import { isValidHost } from "../http/host.ts";
import { type PlainRequest, type PlainResponse, plainProblem } from "../http/plain.ts";
import { problem, toResponse } from "../http/problem.ts";

/** What the doors read of an event, payload 2.0 or 1.0; any part may be missing. */
export interface HttpEvent {
  version?: string;
  rawPath?: string;
  rawQueryString?: string;
  cookies?: string[];
  path?: string | null;
  httpMethod?: string | null;
  headers?: Record<string, string | undefined> | null;
  multiValueHeaders?: Record<string, string[] | undefined> | null;
  queryStringParameters?: Record<string, string | undefined> | null;
  multiValueQueryStringParameters?: Record<string, string[] | undefined> | null;
  body?: string | null;
  isBase64Encoded?: boolean;
  requestContext?: Partial<APIGatewayProxyEventV2["requestContext"]> | Partial<APIGatewayProxyEvent["requestContext"]>;
}

/** Methods fetch refuses to represent; a GraphQL or PDF route serves neither. */
const FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const CONTROL = /[\0\r\n]/;

/** The event as a plain request, or the 4xx answer a client's own input earns. */
export function readEvent(event: HttpEvent): { request: PlainRequest & { body: string | Buffer<ArrayBuffer> | undefined } } | { refused: PlainResponse } {
  const context = (event.requestContext ?? {}) as Partial<APIGatewayProxyEventV2["requestContext"]> & { httpMethod?: string };
  const method = (context.http?.method ?? event.httpMethod ?? context.httpMethod ?? "").toUpperCase();
  if (!TOKEN.test(method)) return { refused: plainProblem(400, "BAD_REQUEST", "The request has no valid method.") };
  if (FORBIDDEN_METHODS.has(method)) return { refused: plainProblem(405, "METHOD_NOT_ALLOWED", `${method} is not supported.`, { allow: "GET, HEAD, POST" }) };
  const path = event.rawPath ?? event.path ?? "/";
  if (!path.startsWith("/") || CONTROL.test(path)) return { refused: plainProblem(400, "BAD_REQUEST", "The request path is malformed.") };

  const headers = new Map<string, string>();
  for (const [name, value] of headerEntries(event)) {
    if (!TOKEN.test(name) || CONTROL.test(value)) return { refused: plainProblem(400, "BAD_REQUEST", "A request header is malformed (a control character or an invalid name).") };
    const key = name.toLowerCase();
    const byte = asByteString(value).replace(/^[\t ]+|[\t ]+$/g, "");
    headers.set(key, headers.has(key) ? `${headers.get(key)}, ${byte}` : byte);
  }
  if (event.cookies?.length) {
    if (event.cookies.some((c) => CONTROL.test(c))) return { refused: plainProblem(400, "BAD_REQUEST", "A cookie holds a control character.") };
    headers.set("cookie", asByteString(event.cookies.join("; ")));
  }
  if (!headers.has("x-request-id") && context.requestId) headers.set("x-request-id", context.requestId);

  // API Gateway's own domain name first: the Host header is the client's to choose.
  const host = [context.domainName, headers.get("host")].find(isValidHost) ?? "localhost";
  const hasBody = method !== "GET" && method !== "HEAD" && event.body != null;
  let url: URL;
  try {
    url = new URL(`https://${host}${path}${queryOf(event)}`);
  } catch {
    return { refused: plainProblem(400, "BAD_REQUEST", "The request could not be read.") };
  }
  const body = hasBody ? (event.isBase64Encoded ? Buffer.from(event.body ?? "", "base64") : (event.body ?? undefined)) : undefined;
  return { request: { method, url, headers, body } };
}

/** The event as a Request, or the 4xx Response a client's own input earns. */
export function toRequest(event: HttpEvent): Request | Response {
  const read = readEvent(event);
  if ("refused" in read) return toResponse(read.refused);
  const { method, url, headers, body } = read.request;
  try {
    return new Request(url, { method, headers: [...headers], body });
  } catch {
    return problem(400, "BAD_REQUEST", "The request could not be read.");
  }
}

function headerEntries(event: HttpEvent): [string, string][] {
  const multi = event.multiValueHeaders;
  if (multi && Object.keys(multi).length > 0) {
    return Object.entries(multi).flatMap(([name, values]) => (values ?? []).map((v) => [name, String(v)] as [string, string]));
  }
  return Object.entries(event.headers ?? {}).flatMap(([name, value]) => (value == null ? [] : [[name, String(value)] as [string, string]]));
}

function queryOf(event: HttpEvent): string {
  if (typeof event.rawQueryString === "string") return event.rawQueryString ? `?${event.rawQueryString}` : "";
  // Payload 1.0 passes the query decoded, as parameters.
  const params = new URLSearchParams();
  const multi = event.multiValueQueryStringParameters;
  if (multi) for (const [name, values] of Object.entries(multi)) for (const v of values ?? []) params.append(name, v);
  else for (const [name, value] of Object.entries(event.queryStringParameters ?? {})) if (value != null) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Header values are bytes; non-Latin-1 text is passed as its UTF-8 bytes, as Node's server passes it. */
function asByteString(value: string): string {
  return /[^\u0000-\u00ff]/.test(value) ? Buffer.from(value, "utf8").toString("latin1") : value;
}
