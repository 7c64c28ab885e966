// Refuses request bodies over the limit before anything parses them, whether
// they announce their length or stream it.
import { LIMITS } from "./limits.ts";

const tooLarge = () =>
  Response.json(
    { errors: [{ message: "The request body is too large.", extensions: { code: "PAYLOAD_TOO_LARGE" } }] },
    { status: 413 },
  );

/** The request unchanged, a copy with its body read within the limit, or a 413 response. */
export async function limitBody(request: Request, maxBytes: number = LIMITS.bodyBytes): Promise<Request | Response> {
  if (!request.body) return request;
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
  return new Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) });
}
