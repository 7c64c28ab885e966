// Bad requests written from the rules of the second attack (issue 10): each
// rule, then the inputs that probe its edges.
import { type BadRequest, JSON_TYPE, gql, raw } from "./bad-request.ts";

export const RULE_CORPUS: BadRequest[] = [
  ...HOST_HEADERS(),
  ...NODE_TYPE_NAMES(),
  ...YEAR_BOUNDS(),
  ...FORGED_CURSORS(),
  ...GET_PARAMETERS(),
  ...JSON_BODIES(),
  ...PATHS_AND_BROWSERS(),
  ...NESTED_STORE_READS(),
];

// Rule: a Host is a DNS name, IPv4 or bracketed IPv6 address with an optional
// port 1–65535; anything else is a 400, and no Host is ever reflected.
function HOST_HEADERS(): BadRequest[] {
  const countries = JSON.stringify({ query: "{ countries { briefingUrl } }" });
  const withHost = (name: string, host: string): BadRequest => ({ category: "Host headers", name, method: "POST", path: "/graphql", headers: { ...JSON_TYPE, host }, body: countries, forbid: host, answerable: true });
  return [
    withHost("a space inside", "a b"),
    withHost("port beyond 65535", "x:99999"),
    withHost("port zero", "x:0"),
    withHost("user info", "u@host"),
    withHost("a path", "host/health"),
    withHost("a query", "host?x=1"),
    withHost("a backslash", "host\\evil"),
    withHost("unbracketed IPv6 with a port", "::1:80"),
    withHost("a label over 63 characters", `${"a".repeat(64)}.example`),
    withHost("percent-encoded", "ho%73t"),
    withHost("a well-formed foreign host (cache poisoning)", "evil.example"),
    withHost("a foreign host with a port", "evil.example:8443"),
  ];
}

// Rule: a global ID names one of the five node types, by its own name.
function NODE_TYPE_NAMES(): BadRequest[] {
  const names = ["constructor", "toString", "hasOwnProperty", "__proto__", "valueOf", "isPrototypeOf", "propertyIsEnumerable", "__defineGetter__", "country", "Node", "Query"];
  return names.map((type) => gql("node type names", type, `{ node(id: "${Buffer.from(`${type}:KZ`).toString("base64")}") { id } }`));
}

// Rule: years are 0–9999, in every filter that takes one.
function YEAR_BOUNDS(): BadRequest[] {
  const initiatives = "query($f: InitiativeFilter) { initiatives(filter: $f) { edges { cursor } } }";
  const aid = "query($f: AidFigureFilter) { aidFigures(filter: $f) { edges { cursor } } }";
  return [
    gql("year bounds", "toYear past 9999", initiatives, { f: { fromYear: 2000, toYear: 10000 } }),
    gql("year bounds", "fromYear past 9999", initiatives, { f: { fromYear: 10000 } }),
    gql("year bounds", "negative toYear", initiatives, { f: { toYear: -1 } }),
    gql("year bounds", "negative fromYear", initiatives, { f: { fromYear: -1 } }),
    gql("year bounds", "largest Int", initiatives, { f: { fromYear: 2147483647 } }),
    gql("year bounds", "smallest Int", initiatives, { f: { toYear: -2147483648 } }),
    gql("year bounds", "aid figure year past 9999", aid, { f: { year: 10000 } }),
    gql("year bounds", "negative aid figure year", aid, { f: { year: -5 } }),
  ];
}

// Rule: a cursor continues only the list, filter and deployment that issued
// it; its key set, values and partition are those of that list.
function FORGED_CURSORS(): BadRequest[] {
  const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const after = (c: string, list = "initiatives") => gql("forged cursors", `${list} after ${c.slice(0, 12)}`, `{ ${list}(after: "${c}") { edges { cursor } } }`);
  const key = { pk: "INITIATIVE", sk: "INITIATIVE#1992#00#x", gsi1pk: "COUNTRY#KZ", gsi1sk: "INITIATIVE#1992" };
  return [
    after(cursor({ s: "AAAAAAAAAA", k: key })),
    after(cursor({ s: "AAAAAAAAAA", k: { pk: "COUNTRY#KZ", sk: "INITIATIVE#1992#00#x" } })),
    after(cursor({ s: "AAAAAAAAAA", k: { pk: "", sk: "" } })),
    after(cursor({ s: "AAAAAAAAAA", k: { pk: "AID", sk: "AID#x", extra: "y" } }), "aidFigures"),
    after(cursor({ s: "AAAAAAAAAA", k: { pk: "META", sk: "META" } })),
    after(cursor({ s: "AAAAAAAAAA", k: { pk: { S: "x" }, sk: "y" } })),
    after(cursor({ s: "AAAAAAAAAA", k: { pk: "x", sk: 5 } }), "aidFigures"),
    after(cursor({ s: ["x"], k: { pk: "x", sk: "y" } })),
    after(cursor({ s: "AAAAAAAAAA", k: { pk: "x", sk: "y" }, m: "0".repeat(43) })),
    after(cursor([{ pk: "x" }])),
  ];
}

// Rule: over GET, `query` is a string and `variables` and `extensions` JSON objects.
function GET_PARAMETERS(): BadRequest[] {
  const get = (name: string, query: string): BadRequest => ({ category: "GET parameters", name, method: "GET", path: "/graphql", query, headers: { accept: "application/json" } });
  const q = `query=${encodeURIComponent("{ periods { ordinal } }")}`;
  return [
    get("variables not JSON", `${q}&variables=%7Bx`),
    get("extensions not JSON", `${q}&extensions=%7Bx`),
    get("variables an array", `${q}&variables=%5B1%5D`),
    get("variables a number", `${q}&variables=5`),
    get("extensions a string", `${q}&extensions=%22s%22`),
    get("an empty query", "query="),
    { ...get("the query twice", `${q}&${q}`), answerable: true },
    get("variables nested beyond reason", `${q}&variables=${encodeURIComponent(`${"[".repeat(20_000)}${"]".repeat(20_000)}`)}`),
  ];
}

// Rule: a body that is not JSON is a 400 that echoes neither the body nor the parser's message.
function JSON_BODIES(): BadRequest[] {
  return [
    raw("JSON bodies", "a missing value", '{"query": }'),
    raw("JSON bodies", "arrays nested 100,000 deep", `${"[".repeat(100_000)}${"]".repeat(100_000)}`),
    raw("JSON bodies", "variables as a string of broken JSON", '{"query":"{ periods { ordinal } }","variables":"{bad"}'),
    raw("JSON bodies", "a secret-looking body", '{"query": "{ periods { ordinal } }", "token": "sk_live_secret" '),
  ];
}

// Rule: every answer but HEAD's says in its body what happened.
function PATHS_AND_BROWSERS(): BadRequest[] {
  const page = (name: string, path: string, headers: Record<string, string> = {}, method = "GET"): BadRequest => ({ category: "paths and browsers", name, method, path, headers });
  return [
    page("the root", "/"),
    page("a trailing slash", "/graphql/"),
    page("upper case", "/GRAPHQL"),
    page("favicon", "/favicon.ico"),
    // The landing page (HTML) when GraphiQL is off, or a JSON explanation.
    { ...page("a browser on /graphql", "/graphql", { accept: "text/html,application/xhtml+xml" }), answerable: true },
    { ...page("OPTIONS on /graphql", "/graphql", {}, "OPTIONS"), answerable: true },
  ];
}

// Rule: a list the store reads once per parent costs a request per parent.
function NESTED_STORE_READS(): BadRequest[] {
  return [
    gql("nested store reads", "initiatives of every initiative's countries", "{ initiatives(first: 100) { edges { node { countries { initiatives(first: 1) { edges { cursor } } } } } } }"),
    gql("nested store reads", "aid figures of every initiative's countries", "{ initiatives(first: 100) { edges { node { countries { aidFigures { kind } } } } } }"),
    gql("nested store reads", "initiatives of every aid figure's country", "{ aidFigures(first: 100) { edges { node { country { initiatives(first: 1) { edges { cursor } } } } } } }"),
    gql("nested store reads", "initiatives of every period's initiatives' countries", "{ periods { initiatives(first: 100) { edges { node { countries { initiatives(first: 1) { edges { cursor } } } } } } } }"),
  ];
}
