// The briefing routes (http.ts) as a fetch handler, for the local server and
// any door that speaks fetch. Answers hold the rendered buffer itself, which
// the local server writes as is: no copy per download.
import { Response as BufferResponse } from "@whatwg-node/server";
import type { PlainRequest } from "../http/plain.ts";
import { type BriefingHandlerOptions, createBriefingResponder } from "./http.ts";

export function createBriefingHandler(options: BriefingHandlerOptions): (request: Request) => Promise<Response> {
  const respond = createBriefingResponder(options);
  return async (request) => {
    const plain: PlainRequest = { method: request.method, url: new URL(request.url), headers: new Map(request.headers) };
    const { status, headers, body } = await respond(plain);
    return new BufferResponse(body ? new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength) : null, { status, headers });
  };
}
