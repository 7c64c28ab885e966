// Requests and answers as plain data, for the routes whose Lambda door need
// not speak fetch: the briefing function answers from these, so a cold start
// never loads Node's fetch implementation (undici), which the fetch classes
// (Request, Response, Headers) load on their first use. The local server
// reaches the same routes through fetch (briefing/fetch-handler.ts).
export interface PlainRequest {
  method: string;
  url: URL;
  /** Header values by lower-case name; repeated headers joined with ", ", as fetch's Headers joins them. */
  headers: ReadonlyMap<string, string>;
}

export interface PlainResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: Uint8Array | null;
}

export type PlainHandler = (request: PlainRequest) => Promise<PlainResponse>;

/** The `{ error, message }` JSON answer every door gives for a fault it names. */
export function plainProblem(status: number, error: string, message: string, headers: Record<string, string> = {}): PlainResponse {
  return {
    status,
    headers: { "content-type": "application/json", ...headers },
    body: Buffer.from(JSON.stringify({ error, message })),
  };
}
