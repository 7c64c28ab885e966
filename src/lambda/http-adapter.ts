// The Lambda doors are this adapter around a fetch handler of the core: the
// event becomes a Request, the Response becomes the result in the shape the
// event's payload version expects, and nothing is ever thrown to API Gateway
// (which would answer an opaque 500): the client's faults get a 4xx with a JSON
// body, anything else a logged, masked 500.
import type { APIGatewayProxyResult, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { type FetchHandler, guarded, guardedPlain } from "../http/guarded.ts";
import type { PlainHandler, PlainResponse } from "../http/plain.ts";
import { type Logger, describeError } from "../logger.ts";
import { type HttpEvent, readEvent, toRequest } from "./event-request.ts";

export type HttpResult = APIGatewayProxyStructuredResultV2 & Partial<APIGatewayProxyResult>;

const TEXT_TYPES = /^(text\/|application\/(json|graphql-response\+json|javascript|xml)|image\/svg)/;

export async function handleEvent(event: HttpEvent, handler: FetchHandler, logger: Logger): Promise<HttpResult> {
  const payloadV1 = event?.version !== "2.0" && typeof event?.httpMethod === "string";
  try {
    const request = toRequest(event ?? {});
    const response = request instanceof Response ? request : await guarded(handler, logger)(request);
    return await toResult(response, payloadV1);
  } catch (error) {
    return failed(error, logger);
  }
}

/** `handleEvent` for a plain handler: no fetch class is used on the way in or out. */
export async function handlePlainEvent(event: HttpEvent, handler: PlainHandler, logger: Logger): Promise<HttpResult> {
  try {
    const read = readEvent(event ?? {});
    const answer = "refused" in read ? read.refused : await guardedPlain(handler, logger)(read.request);
    return resultOf(answer);
  } catch (error) {
    return failed(error, logger);
  }
}

function failed(error: unknown, logger: Logger): HttpResult {
  logger.error("could not handle the event", describeError(error));
  return { statusCode: 500, headers: { "content-type": "application/json; charset=utf-8" }, body: JSON.stringify({ error: "INTERNAL_SERVER_ERROR", message: "Unexpected error." }), isBase64Encoded: false };
}

/** A plain answer as the event's result, its body base64-encoded unless it is text (it sets no cookies). */
export function resultOf(answer: PlainResponse): HttpResult {
  const bytes = answer.body ? Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength) : Buffer.alloc(0);
  const type = answer.headers["content-type"] ?? "";
  const binary = bytes.length > 0 && (!TEXT_TYPES.test(type) || "content-encoding" in answer.headers);
  return { statusCode: answer.status, headers: answer.headers, body: binary ? bytes.toString("base64") : bytes.toString("utf8"), isBase64Encoded: binary };
}

export async function toResult(response: Response, payloadV1 = false): Promise<HttpResult> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    // Lower-cased: some fetch implementations keep the case headers were set in.
    if (name.toLowerCase() !== "set-cookie") headers[name.toLowerCase()] = value;
  });
  const cookies = response.headers.getSetCookie();
  // Payload 1.0 has no `cookies`: several Set-Cookie headers go in multiValueHeaders.
  const setCookies = cookies.length === 0 ? {} : payloadV1 ? { multiValueHeaders: { "set-cookie": cookies } } : { cookies };
  return { ...resultOf({ status: response.status, headers, body: new Uint8Array(await response.arrayBuffer()) }), ...setCookies };
}
