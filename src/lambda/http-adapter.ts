// The Lambda doors are this adapter around a fetch handler of the core: the
// event becomes a Request, the Response becomes the result in the shape the
// event's payload version expects, and nothing is ever thrown to API Gateway
// (which would answer an opaque 500): the client's faults get a 4xx with a JSON
// body, anything else a logged, masked 500.
import type { APIGatewayProxyResult, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { type FetchHandler, guarded } from "../http/guarded.ts";
import { type Logger, describeError } from "../logger.ts";
import { type HttpEvent, toRequest } from "./event-request.ts";

export type HttpResult = APIGatewayProxyStructuredResultV2 & Partial<APIGatewayProxyResult>;

const TEXT_TYPES = /^(text\/|application\/(json|graphql-response\+json|javascript|xml)|image\/svg)/;

export async function handleEvent(event: HttpEvent, handler: FetchHandler, logger: Logger): Promise<HttpResult> {
  const payloadV1 = event?.version !== "2.0" && typeof event?.httpMethod === "string";
  try {
    const request = toRequest(event ?? {});
    const response = request instanceof Response ? request : await guarded(handler, logger)(request);
    return await toResult(response, payloadV1);
  } catch (error) {
    logger.error("could not handle the event", describeError(error));
    return { statusCode: 500, headers: { "content-type": "application/json; charset=utf-8" }, body: JSON.stringify({ error: "INTERNAL_SERVER_ERROR", message: "Unexpected error." }), isBase64Encoded: false };
  }
}

export async function toResult(response: Response, payloadV1 = false): Promise<HttpResult> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    // Lower-cased: some fetch implementations keep the case headers were set in.
    if (name.toLowerCase() !== "set-cookie") headers[name.toLowerCase()] = value;
  });
  const cookies = response.headers.getSetCookie();
  const type = response.headers.get("content-type") ?? "";
  const bytes = Buffer.from(await response.arrayBuffer());
  const binary = bytes.length > 0 && (!TEXT_TYPES.test(type) || response.headers.has("content-encoding"));
  // Payload 1.0 has no `cookies`: several Set-Cookie headers go in multiValueHeaders.
  const setCookies = cookies.length === 0 ? {} : payloadV1 ? { multiValueHeaders: { "set-cookie": cookies } } : { cookies };
  return {
    statusCode: response.status,
    headers,
    ...setCookies,
    body: binary ? bytes.toString("base64") : bytes.toString("utf8"),
    isBase64Encoded: binary,
  };
}
