// The shape of a bad request and the helpers the corpus files write them with.
export interface BadRequest {
  category: string;
  name: string;
  method: string;
  path: string;
  query?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Text the answer must not contain (a reflected Host, for instance). */
  forbid?: string;
  /** A door may rightly answer it as an ordinary request. */
  answerable?: boolean;
}

export const JSON_TYPE = { "content-type": "application/json" };
export const gql = (category: string, name: string, query: string, variables?: unknown, extra: Record<string, unknown> = {}): BadRequest => ({
  category,
  name,
  method: "POST",
  path: "/graphql",
  headers: JSON_TYPE,
  body: JSON.stringify({ query, variables, ...extra }),
});
export const raw = (category: string, name: string, body: string | Buffer, headers: Record<string, string> = JSON_TYPE, method = "POST"): BadRequest => ({
  category,
  name,
  method,
  path: "/graphql",
  headers,
  body,
});
export const briefing = (name: string, path: string, method = "GET"): BadRequest => ({ category: "bad briefing codes", name, method, path });
export const nested = (levels: number) => {
  let selection = "name";
  for (let i = 0; i < levels; i++) selection = `countries { initiatives { edges { node { ${selection} } } } }`;
  return `{ initiative(slug: "x") { ${selection} } }`;
};
