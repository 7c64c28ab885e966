// The Decimal scalar: exact numbers as strings, checked with the domain's one decimal pattern.
import { GraphQLError, Kind } from "graphql";
import { DECIMAL_PATTERN } from "../../domain/input-checks.ts";
import { builder } from "../builder.ts";

const NOT_DECIMAL = 'Decimal values are strings of digits, such as "276600000000"';

builder.scalarType("Decimal", {
  description: 'An exact decimal number, serialized as a string such as "276600000000". Never a float.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== "string" || !DECIMAL_PATTERN.test(value)) throw new GraphQLError(NOT_DECIMAL);
    return value;
  },
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING || !DECIMAL_PATTERN.test(node.value)) throw new GraphQLError(NOT_DECIMAL);
    return node.value;
  },
});
