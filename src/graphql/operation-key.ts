// What a GraphQL answer depends on, read from a request as yoga reads it (GET
// query string or JSON POST body): the document with comments and whitespace
// stripped, the variables, the operation name and a persisted query's hash.
// Two requests that differ only in layout share one key; a request whose
// parameters cannot be read has none and is left to yoga to refuse.
import { stripIgnoredCharacters } from "graphql";

interface Params {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

export function operationKey(request: Request, body: Buffer): string | undefined {
  try {
    const params = request.method === "GET" ? fromSearch(new URL(request.url).searchParams) : (JSON.parse(body.toString("utf8")) as Params);
    if (params === null || typeof params !== "object") return undefined;
    const hash = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
    const query = typeof params.query === "string" ? stripIgnoredCharacters(params.query) : "";
    if (query === "" && typeof hash !== "string") return undefined;
    return JSON.stringify([query, params.variables ?? null, params.operationName ?? null, typeof hash === "string" ? hash : null]);
  } catch {
    return undefined;
  }
}

function fromSearch(search: URLSearchParams): Params {
  const json = (name: string) => {
    const value = search.get(name);
    return value ? (JSON.parse(value) as unknown) : undefined;
  };
  return { query: search.get("query") ?? undefined, variables: json("variables"), operationName: search.get("operationName") ?? undefined, extensions: json("extensions") };
}
