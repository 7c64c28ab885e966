import { formatMoney } from "../../domain/money.ts";
import type { Money } from "../../domain/records.ts";
import { builder } from "../builder.ts";
import "./decimal.ts";

export const MoneyRef = builder.objectRef<Money>("Money").implement({
  description: "An exact amount of money in one currency.",
  fields: (t) => ({
    value: t.field({ type: "Decimal", resolve: (m) => m.value }),
    currency: t.exposeString("currency", { description: "ISO 4217 code, such as JPY or USD." }),
    approximate: t.exposeBoolean("approximate", { description: "True where the source says about or approximately." }),
    formatted: t.string({ description: 'For display: "¥276.6 billion", "about $28 billion".', resolve: formatMoney }),
  }),
});
