// API Gateway HTTP API (payload 2.0) events to fetch Requests and back. The
// Lambda doors are this adapter around a fetch handler of the core.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";

const TEXT_TYPES = /^(text\/|application\/(json|graphql-response\+json|javascript|xml)|image\/svg)/;

export function toRequest(event: APIGatewayProxyEventV2): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers.set(name, value);
  }
  if (event.cookies?.length) headers.set("cookie", event.cookies.join("; "));
  if (!headers.has("x-request-id")) headers.set("x-request-id", event.requestContext.requestId);
  const host = event.requestContext.domainName || headers.get("host") || "localhost";
  const query = event.rawQueryString ? `?${event.rawQueryString}` : "";
  const method = event.requestContext.http.method.toUpperCase();
  const hasBody = method !== "GET" && method !== "HEAD" && event.body != null;
  return new Request(`https://${host}${event.rawPath}${query}`, {
    method,
    headers,
    body: hasBody ? (event.isBase64Encoded ? Buffer.from(event.body ?? "", "base64") : event.body) : undefined,
  });
}

export async function toResult(response: Response): Promise<APIGatewayProxyStructuredResultV2> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    // Lower-cased: some fetch implementations keep the case headers were set in.
    if (name.toLowerCase() !== "set-cookie") headers[name.toLowerCase()] = value;
  });
  const cookies = response.headers.getSetCookie();
  const type = response.headers.get("content-type") ?? "";
  const bytes = Buffer.from(await response.arrayBuffer());
  const binary = bytes.length > 0 && (!TEXT_TYPES.test(type) || response.headers.has("content-encoding"));
  return {
    statusCode: response.status,
    headers,
    ...(cookies.length > 0 ? { cookies } : {}),
    body: binary ? bytes.toString("base64") : bytes.toString("utf8"),
    isBase64Encoded: binary,
  };
}
