// Malformed and abusive requests, by category (quality bar R1). Each is sent
// through every door; none may earn a 5xx, a stack trace or an internal name.
// The requests written from the rules of the second attack (issue 10) are in
// bad-input-rules.ts.
import { type BadRequest, JSON_TYPE, briefing, gql, nested, raw } from "./bad-request.ts";
import { RULE_CORPUS } from "./bad-input-rules.ts";

export type { BadRequest } from "./bad-request.ts";

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
  gql("deep nesting", "introspection nesting", `{ __schema { types { fields { type ${"{ ofType ".repeat(20)}{ name }${" }".repeat(20)} } } } }`),

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
  .concat(RULE_CORPUS);
