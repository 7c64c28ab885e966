// Malformed and abusive requests, by category (quality bar R1). Each is sent
// through every door; none may earn a 5xx, a stack trace or an internal name.
// The later categories are written from the rules of the second attack
// (issue 10): each rule, then the inputs that probe its edges.
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

const JSON_TYPE = { "content-type": "application/json" };
const gql = (category: string, name: string, query: string, variables?: unknown, extra: Record<string, unknown> = {}): BadRequest => ({
  category,
  name,
  method: "POST",
  path: "/graphql",
  headers: JSON_TYPE,
  body: JSON.stringify({ query, variables, ...extra }),
});
const raw = (category: string, name: string, body: string | Buffer, headers: Record<string, string> = JSON_TYPE, method = "POST"): BadRequest => ({
  category,
  name,
  method,
  path: "/graphql",
  headers,
  body,
});
const briefing = (name: string, path: string, method = "GET"): BadRequest => ({ category: "bad briefing codes", name, method, path });
const nested = (levels: number) => {
  let selection = "name";
  for (let i = 0; i < levels; i++) selection = `countries { initiatives { edges { node { ${selection} } } } }`;
  return `{ initiative(slug: "x") { ${selection} } }`;
};

export const BAD_INPUT_CORPUS: BadRequest[] = [
  raw("broken JSON", "unterminated object", "{"),
  raw("broken JSON", "unterminated string", '{"query":"{ countries'),
  raw("broken JSON", "null body", "null"),
  raw("broken JSON", "a bare string", '"{ countries { code } }"'),
  raw("broken JSON", "query of the wrong type", '{"query": 5}'),
  raw("broken JSON", "random bytes", Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x80, 0x81])),
  raw("broken JSON", "empty body", ""),
  raw("broken JSON", "trailing garbage", '{"query":"{ periods { ordinal } }"} xyz'),

  raw("wrong content types", "text/plain", '{"query":"{ periods { ordinal } }"}', { "content-type": "text/plain" }),
  raw("wrong content types", "application/xml", "<query>{ periods { ordinal } }</query>", { "content-type": "application/xml" }),
  raw("wrong content types", "multipart without parts", "--x--", { "content-type": "multipart/form-data; boundary=x" }),
  raw("wrong content types", "no content type", '{"query":"{ periods { ordinal } }"}', {}),
  raw("wrong content types", "form encoded", "query=%7B%20periods%20%7B%20ordinal%20%7D%20%7D", { "content-type": "application/x-www-form-urlencoded" }),
  raw("wrong content types", "accepts only XML", '{"query":"{ periods { ordinal } }"}', { ...JSON_TYPE, accept: "application/xml" }),

  raw("wrong methods", "PUT", '{"query":"{ periods { ordinal } }"}', JSON_TYPE, "PUT"),
  raw("wrong methods", "DELETE", "", JSON_TYPE, "DELETE"),
  raw("wrong methods", "PATCH", '{"query":"{ periods { ordinal } }"}', JSON_TYPE, "PATCH"),
  { category: "wrong methods", name: "mutation over GET", method: "GET", path: "/graphql", query: "query=mutation%20%7B%20x%20%7D", headers: { accept: "application/json" } },

  gql("wrong variable types", "code as a number", "query($c: String!) { country(code: $c) { name } }", { c: 7 }),
  gql("wrong variable types", "ordinal as a string", "query($o: Int!) { period(ordinal: $o) { title } }", { o: "two" }),
  gql("wrong variable types", "first as a string", "query($n: Int) { initiatives(first: $n) { edges { cursor } } }", { n: "ten" }),
  gql("wrong variable types", "filter as a string", "query($f: InitiativeFilter) { initiatives(filter: $f) { edges { cursor } } }", { f: "KZ" }),
  gql("wrong variable types", "unknown enum value", "query($f: InitiativeFilter) { initiatives(filter: $f) { edges { cursor } } }", { f: { kind: "PARTY" } }),
  gql("wrong variable types", "variables as an array", "query($c: String!) { country(code: $c) { name } }", ["KZ"]),
  gql("wrong variable types", "required variable missing", "query($c: String!) { country(code: $c) { name } }", {}),
  gql("wrong variable types", "null for a required variable", "query($c: String!) { country(code: $c) { name } }", { c: null }),

  gql("unknown fields", "unknown field", "{ countries { population } }"),
  gql("unknown fields", "unknown argument", '{ countries(region: "asia") { code } }'),
  gql("unknown fields", "unknown type in a fragment", "{ countries { ...F } } fragment F on Planet { name }"),
  gql("unknown fields", "unknown enum literal", "{ aidFigures(filter: { kind: BRIBE }) { edges { cursor } } }"),
  gql("unknown fields", "unknown root type", "mutation { deleteCountry(code: \"KZ\") }"),
  gql("unknown fields", "subscription", "subscription { countries { code } }"),

  gql("malformed codes", "digit in code", '{ country(code: "K1Z") { name } }'),
  gql("malformed codes", "empty code", '{ country(code: "") { name } }'),
  gql("malformed codes", "a whole name", '{ country(code: "KAZAKHSTAN") { name } }'),
  gql("malformed codes", "emoji", '{ country(code: "🇰🇿") { name } }'),
  gql("malformed codes", "code with a space inside", '{ country(code: "k z") { name } }'),
  gql("malformed codes", "filter code", '{ initiatives(filter: { countryCode: "K-Z" }) { edges { cursor } } }'),
  gql("malformed codes", "malformed slug", '{ initiative(slug: "../../etc/passwd") { name } }'),

  gql("malformed IDs", "not base64", '{ node(id: "%%%") { id } }'),
  gql("malformed IDs", "empty", '{ node(id: "") { id } }'),
  gql("malformed IDs", "base64 without a type", '{ node(id: "Q291bnRyeQ==") { id } }'),
  gql("malformed IDs", "base64 of binary", '{ node(id: "AAAA") { id } }'),
  gql("malformed IDs", "very long", `{ node(id: "${"QQ".repeat(3000)}") { id } }`),
  gql("malformed IDs", "unknown type", `{ node(id: "${Buffer.from("Planet:mars").toString("base64")}") { id } }`),

  gql("malformed cursors", "garbage", '{ initiatives(after: "garbage!") { edges { cursor } } }'),
  gql("malformed cursors", "base64 of the wrong shape", `{ initiatives(after: "${Buffer.from('{"s":1,"k":[]}').toString("base64url")}") { edges { cursor } } }`),
  gql("malformed cursors", "forged key names", `{ initiatives(after: "${Buffer.from('{"s":"x","k":{"TableName":"t"}}').toString("base64url")}") { edges { cursor } } }`),
  gql("malformed cursors", "very long", `{ aidFigures(after: "${"a".repeat(5000)}") { edges { cursor } } }`),

  gql("huge first", "beyond Int", "{ initiatives(first: 99999999999) { edges { cursor } } }"),
  gql("huge first", "over the page cap", "{ initiatives(first: 101) { edges { cursor } } }"),
  gql("huge first", "negative", "{ aidFigures(first: -5) { edges { cursor } } }"),
  gql("huge first", "fractional", "{ initiatives(first: 1.5) { edges { cursor } } }"),

  gql("deep nesting", "twelve levels of lists", nested(4)),
  gql("deep nesting", "fragment cycle", "{ countries { ...A } } fragment A on Country { initiatives { edges { node { countries { ...A } } } } }"),
  gql("deep nesting", "introspection nesting", "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }"),

  gql("many aliases", "twenty aliased lists", `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: periods { ordinal }`).join(" ")} }`),
  gql("many aliases", "a hundred aliased fields", `{ ${Array.from({ length: 100 }, (_, i) => `t${i}: __typename`).join(" ")} }`),
  gql("many aliases", "pages of 100 in pages of 100", "{ initiatives(first: 100) { edges { node { countries { initiatives(first: 100) { edges { node { name } } } } } } } }"),

  gql("huge documents", "thousands of tokens", `{ countries { ${"code ".repeat(3000)} } }`),
  gql("huge documents", "thousands of directives", `{ countries { code ${"@include(if: true) ".repeat(500)} } }`),

  raw("oversized bodies", "70 KB of JSON", JSON.stringify({ query: `{ countries { code } } # ${"x".repeat(70_000)}` })),
  raw("oversized bodies", "1 MB", Buffer.alloc(1024 * 1024, 0x20)),

  raw("batched arrays", "two operations", JSON.stringify([{ query: "{ periods { ordinal } }" }, { query: "{ sources { slug } }" }])),
  raw("batched arrays", "empty batch", "[]"),
  raw("batched arrays", "a thousand operations", JSON.stringify(Array.from({ length: 1000 }, () => ({ query: "{ periods { ordinal } }" })))),

  gql("odd Unicode", "Cyrillic look-alike code", '{ country(code: "КZ") { name } }'),
  gql("odd Unicode", "zero-width joiner in code", '{ country(code: "K\u200dZ") { name } }'),
  gql("odd Unicode", "right-to-left override in a code", '{ country(code: "\u202eZK") { name } }'),
  raw("odd Unicode", "lone surrogate", '{"query":"{ country(code: \\"\\ud800\\") { name } }"}'),
  gql("odd Unicode", "NUL in a slug", '{ initiative(slug: "a\\u0000b") { name } }'),
  gql("odd Unicode", "over-long filter text", `{ initiatives(filter: { text: "${"ğ".repeat(500)}" }) { edges { cursor } } }`),

  gql("operation names", "operation name not in the document", "query A { periods { ordinal } }", undefined, { operationName: "B" }),
  gql("operation names", "two operations, no name given", "query A { periods { ordinal } } query B { sources { slug } }"),
  gql("operation names", "operation name of the wrong type", "query A { periods { ordinal } }", undefined, { operationName: 5 }),

  briefing("digit in code", "/briefings/K1.pdf"),
  briefing("empty code", "/briefings/.pdf"),
  briefing("a whole name", "/briefings/KAZAKHSTAN.pdf"),
  briefing("malformed percent-encoding", "/briefings/%E0%A4%A.pdf"),
  briefing("unknown country", "/briefings/FR.pdf"),
  briefing("not a PDF", "/briefings/KZ.txt"),
  briefing("encoded slash", "/briefings/..%2Fgraphql.pdf"),
  briefing("POST", "/briefings/KZ.pdf", "POST"),
  briefing("DELETE", "/briefings/KZ.pdf", "DELETE"),
  briefing("encoded NUL", "/briefings/K%00Z.pdf"),
]
  .concat(HOST_HEADERS(), NODE_TYPE_NAMES(), YEAR_BOUNDS(), FORGED_CURSORS(), GET_PARAMETERS(), JSON_BODIES(), PATHS_AND_BROWSERS(), NESTED_STORE_READS());

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
    page("a browser on /graphql", "/graphql", { accept: "text/html,application/xhtml+xml" }),
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
