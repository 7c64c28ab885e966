// Introspection is cheap once, not a hundred times: the number of `__schema`
// and `__type` fields in a document is capped, whether aliased or repeated
// (repeats are merged at execution, but each is still validated and walked).
import { GraphQLError, type ValidationRule } from "graphql";

const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

export function maxIntrospectionFieldsRule(max: number, message: string): ValidationRule {
  return (context) => {
    let seen = 0;
    return {
      Field(node) {
        if (!INTROSPECTION_ROOTS.has(node.name.value) || ++seen !== max + 1) return;
        context.reportError(new GraphQLError(message, { nodes: [node], extensions: { code: "QUERY_TOO_COMPLEX", http: { status: 400 } } }));
      },
    };
  };
}
