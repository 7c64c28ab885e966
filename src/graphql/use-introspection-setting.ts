// Whether the schema can be introspected is a setting (INTROSPECTION, on by
// default: the schema is public, and GraphiQL and codegen need it). Off, the
// `__schema` and `__type` fields are refused at validation; `__typename` stays.
import { NoSchemaIntrospectionCustomRule } from "graphql";
import type { Plugin } from "graphql-yoga";

export function useIntrospectionSetting(enabled: boolean): Plugin {
  if (enabled) return {};
  return { onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) };
}
