// Request limits, set from what the schema really needs: the README's example
// queries and the product's dashboard operation (depth 7, 41 selections, cost
// about 8,900) pass with room to spare; abuse (pages of 100 nested in pages of
// 100) does not. Limits are never echoed to clients.
import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { GraphQLError, type ValidationRule } from "graphql";
import { maxIntrospectionFieldsRule } from "./introspection-fields.ts";

export const LIMITS = {
  /** Nesting of selections; the deepest sensible query nests 8 levels. */
  depth: 10,
  /**
   * Nesting under `__schema`: the standard introspection query (graphql-js
   * `getIntrospectionQuery`, as GraphiQL, codegen and IDEs send it) nests 14
   * levels through its nine `ofType`s; the data's own limit cannot allow that.
   */
  introspectionDepth: 20,
  /** `__schema` and `__type` fields in one document, aliased or repeated. */
  introspectionFields: 3,
  /** Field selections in one operation. */
  breadth: 150,
  /** Estimated cost: fields, times the page size or list length of their parents. */
  complexity: 20_000,
  /** Aliases in one operation. */
  aliases: 15,
  /** Lexer tokens in one document. */
  tokens: 1500,
  /** Bytes of a request body. */
  bodyBytes: 64 * 1024,
} as const;

export const TOO_COMPLEX = "The query is too complex: ask for fewer fields, items or levels of nesting.";

/** Envelop plugins for the limits graphql-armor enforces at parse and validation. */
export function armorPlugins(options: { development: boolean }) {
  // Thrown from onReject so that the error carries our code and message.
  const reject = {
    exposeLimits: false,
    propagateOnRejection: false,
    onReject: [
      () => {
        throw new GraphQLError(TOO_COMPLEX, { extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 } } });
      },
    ],
  };
  return [
    maxTokensPlugin({ n: LIMITS.tokens, ...reject }),
    maxAliasesPlugin({ n: LIMITS.aliases, allowList: [], ...reject }),
    // The data's bound skips `__schema`, which gets its own, wider one.
    maxDepthPlugin({ n: LIMITS.depth, ignoreIntrospection: true, flattenFragments: true, ...reject }),
    maxDepthPlugin({ n: LIMITS.introspectionDepth, ignoreIntrospection: false, flattenFragments: true, ...reject }),
    { onValidate: ({ addValidationRule }: { addValidationRule: (rule: ValidationRule) => void }) => addValidationRule(maxIntrospectionFieldsRule(LIMITS.introspectionFields, TOO_COMPLEX)) },
    ...(options.development ? [] : [blockFieldSuggestionsPlugin()]),
  ];
}
