import { GraphQLError, Kind } from "graphql";
import { formatMoney } from "../../domain/money.ts";
import type { Citation, Money } from "../../domain/records.ts";
import { builder } from "../builder.ts";
import { SourceRef } from "../refs.ts";

const DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

builder.scalarType("Decimal", {
  description: 'An exact decimal number, serialized as a string such as "276600000000". Never a float.',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== "string" || !DECIMAL.test(value)) throw new GraphQLError("Decimal values are strings of digits, such as \"276600000000\"");
    return value;
  },
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING || !DECIMAL.test(node.value)) throw new GraphQLError("Decimal values are strings of digits, such as \"276600000000\"");
    return node.value;
  },
});

export const MoneyRef = builder.objectRef<Money>("Money").implement({
  description: "An exact amount of money in one currency.",
  fields: (t) => ({
    value: t.field({ type: "Decimal", resolve: (m) => m.value }),
    currency: t.exposeString("currency", { description: "ISO 4217 code, such as JPY or USD." }),
    approximate: t.exposeBoolean("approximate", { description: "True where the source says about or approximately." }),
    formatted: t.string({ description: 'For display: "¥276.6 billion", "about $28 billion".', resolve: formatMoney }),
  }),
});

export const CitationRef = builder.objectRef<Citation>("Citation").implement({
  description: "Where a record's facts come from.",
  fields: (t) => ({
    source: t.field({ type: SourceRef, resolve: (c) => c.source }),
    locator: t.exposeString("locator", { nullable: true, description: 'Where in the source: a reference such as "[2, p. 4]" or "footnote [6]".' }),
    quote: t.exposeString("quote", { nullable: true, description: "The sentence the record rests on, verbatim." }),
  }),
});
