// Refuses request bodies that are not JSON, or over the limit, before anything
// parses them, whether they announce their length or stream it.
import { LIMITS } from "./limits.ts";

const refuse = (status: number, code: string, message: string) =>
  Response.json({ errors: [{ message, extensions: { code } }] }, { status });
const tooLarge = () => refuse(413, "PAYLOAD_TOO_LARGE", "The request body is too large.");
const JSON_TYPES = /^application\/(json|graphql-response\+json)\s*(;|$)/i;

/**
 * POST bodies must be JSON: other types (forms, multipart, text) could be sent
 * cross-site without a CORS preflight, and GraphQL over HTTP asks for a 4xx.
 */
export function checkContentType(request: Request): Response | undefined {
  if (request.method !== "POST" || JSON_TYPES.test(request.headers.get("content-type") ?? "")) return undefined;
  return refuse(415, "UNSUPPORTED_MEDIA_TYPE", "POST bodies must be JSON, sent with content-type application/json.");
}

/** The body's bytes, read within the limit (empty for GET), or a 413 response. */
export async function readBody(request: Request, maxBytes: number = LIMITS.bodyBytes): Promise<Buffer | Response> {
  if (!request.body) return Buffer.alloc(0);
  const declared = Number(request.headers.get("content-length"));
  if (declared > maxBytes) return tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
