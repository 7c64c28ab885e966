// The JSON answers the doors give on their own, before or around the product's
// handlers: `{ error, message }`, as the briefing routes answer.
import { type PlainResponse, plainProblem } from "./plain.ts";

/** A plain answer (http/plain.ts) as a fetch Response. */
export const toResponse = (answer: PlainResponse): Response => new Response(answer.body as Uint8Array<ArrayBuffer> | null, { status: answer.status, headers: answer.headers });

export const problem = (status: number, error: string, message: string, headers: Record<string, string> = {}) =>
  toResponse(plainProblem(status, error, message, headers));

const EXPLANATIONS: Record<number, [string, string]> = {
  400: ["BAD_REQUEST", "The request is malformed."],
  404: ["NOT_FOUND", "No such route. GraphQL is served at /graphql, briefings at /briefings/{code}.pdf."],
  405: ["METHOD_NOT_ALLOWED", "This route does not support the request's method."],
  406: ["NOT_ACCEPTABLE", "This route answers JSON: GraphQL at /graphql over POST, or GET with a `query` parameter and `accept: application/json`."],
  413: ["PAYLOAD_TOO_LARGE", "The request body is too large."],
  415: ["UNSUPPORTED_MEDIA_TYPE", "POST bodies must be JSON, sent with content-type application/json."],
};

/**
 * An error answer always says what happened: where a handler leaves the body
 * empty (yoga's 406 to a browser when GraphiQL is off), the door fills one in.
 */
export async function withExplanation(response: Response, method: string): Promise<Response> {
  const hasBody = response.body !== null && response.headers.get("content-length") !== "0";
  if (response.status < 400 || method === "HEAD" || hasBody) return response;
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  headers.set("content-type", "application/json; charset=utf-8");
  return new Response(explanationOf(response.status), { status: response.status, headers });
}

/** `withExplanation` for a plain answer. */
export function withPlainExplanation(answer: PlainResponse, method: string): PlainResponse {
  const hasBody = answer.body !== null && answer.body.length > 0;
  if (answer.status < 400 || method === "HEAD" || hasBody) return answer;
  const headers: Record<string, string> = { ...answer.headers, "content-type": "application/json; charset=utf-8" };
  delete headers["content-length"];
  return { status: answer.status, headers, body: Buffer.from(explanationOf(answer.status)) };
}

/** The JSON body that says what an error status means. */
function explanationOf(status: number): string {
  const [error, message] = EXPLANATIONS[status] ?? ["ERROR", "The request could not be answered."];
  return JSON.stringify({ error, message });
}
