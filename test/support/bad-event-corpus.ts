// Lambda events API Gateway can deliver, or be misconfigured into delivering,
// that no HTTP client could send to the local server. Rule: a handler always
// answers — a documented 4xx with a JSON body for what the client sent, the
// product's answer for what it can represent — and never throws.
import type { HttpEvent } from "../../src/lambda/event-request.ts";
import { httpApiEvent } from "./events.ts";

export interface BadEvent {
  name: string;
  event: HttpEvent;
  /** The status it must get, where one is right; otherwise any 2xx–4xx with a body. */
  status?: number;
}

const graphqlGet = (query = "{ periods { ordinal } }") => httpApiEvent({ method: "GET", path: "/graphql", query: `query=${encodeURIComponent(query)}`, headers: { accept: "application/json" } });
const graphqlPost = (headers: Record<string, string> = {}) =>
  httpApiEvent({ method: "POST", path: "/graphql", headers: { "content-type": "application/json", ...headers }, body: '{"query":"{ periods { ordinal } }"}' });
const withHeader = (name: string, value: string) => {
  const event = graphqlPost();
  return { ...event, headers: { ...event.headers, [name]: value } };
};
const withMethod = (method: string) => {
  const event = graphqlGet();
  return { ...event, requestContext: { ...event.requestContext, http: { ...event.requestContext.http, method } } };
};
const { requestContext: _dropped, ...noContext } = graphqlPost();

/** A REST API (payload 1.0) event, as a misconfigured integration sends it. */
const restEvent = (method: string, path: string, extra: Partial<HttpEvent> = {}): HttpEvent => {
  const event = {
  resource: path,
  path,
  httpMethod: method,
  headers: { accept: "application/json", "content-type": "application/json", host: "abc123.execute-api.eu-central-1.amazonaws.com" },
  multiValueHeaders: {},
  queryStringParameters: null,
  multiValueQueryStringParameters: null,
  pathParameters: null,
  stageVariables: null,
  body: null,
  isBase64Encoded: false,
  ...extra,
  };
  return event;
};

export const BAD_EVENT_CORPUS: BadEvent[] = [
  { name: "UTF-8 in a header value", event: withHeader("x-user-name", "Ólafur Нурлан 日本") },
  { name: "UTF-8 in the user agent", event: withHeader("user-agent", "Браузер/1.0") },
  { name: "UTF-8 in a cookie", event: { ...graphqlPost(), cookies: ["name=Алматы", "b=2"] } },
  { name: "an emoji in accept-language", event: withHeader("accept-language", "ja-JP 🇯🇵") },
  { name: "CR/LF in a header value", event: withHeader("x-note", "a\r\nSet-Cookie: evil=1"), status: 400 },
  { name: "LF alone in a header value", event: withHeader("x-note", "a\nb"), status: 400 },
  { name: "NUL in a header value", event: withHeader("x-note", "a\u0000b"), status: 400 },
  { name: "CR/LF in a cookie", event: { ...graphqlPost(), cookies: ["a=1\r\nx: y"] }, status: 400 },
  { name: "a space in a header name", event: withHeader("bad header", "x"), status: 400 },
  { name: "method CONNECT", event: withMethod("CONNECT"), status: 405 },
  { name: "method TRACE", event: withMethod("TRACE"), status: 405 },
  { name: "method TRACK", event: withMethod("TRACK"), status: 405 },
  { name: "method in lower case", event: withMethod("get") },
  { name: "an empty method", event: withMethod(""), status: 400 },
  { name: "a method with a space", event: withMethod("GET X"), status: 400 },
  { name: "no requestContext", event: noContext },
  { name: "a requestContext without http", event: { ...graphqlGet(), requestContext: { requestId: "x" } as never } },
  { name: "an empty event", event: {}, status: 400 },
  { name: "null headers", event: { ...graphqlGet(), headers: null as never } },
  { name: "a path without a leading slash", event: { ...graphqlGet(), rawPath: "graphql" }, status: 400 },
  { name: "a path with a space and a NUL", event: { ...graphqlGet(), rawPath: "/graph ql\u0000" }, status: 400 },
  { name: "a query string with raw spaces and UTF-8", event: { ...graphqlGet(), rawQueryString: "query={ periods { ordinal } }&x=日本" } },
  { name: "a base64 body that is not base64", event: { ...graphqlPost(), body: "%%%not base64%%%", isBase64Encoded: true } },
  { name: "a payload 1.0 GET", event: restEvent("GET", "/graphql", { queryStringParameters: { query: "{ periods { ordinal } }" } }) },
  { name: "a payload 1.0 POST", event: restEvent("POST", "/graphql", { body: '{"query":"{ periods { ordinal } }"}' }) },
  { name: "a payload 1.0 event with multi-value headers", event: restEvent("POST", "/graphql", { multiValueHeaders: { "content-type": ["application/json"], "x-a": ["1", "2"] }, body: '{"query":"{ periods { ordinal } }"}' }) },
  { name: "a payload 1.0 event for an unknown path", event: restEvent("GET", "/nowhere"), status: 404 },
  { name: "a Host header that is not a host", event: { ...graphqlPost({ host: "a b" }), requestContext: { ...graphqlPost().requestContext, domainName: "" } } },
];
