import { describe, expect, it } from "vitest";
import { formatMoney } from "../src/domain/money.ts";

describe("formatMoney", () => {
  it.each([
    [{ value: "276600000000", currency: "JPY", approximate: false }, "¥276.6 billion"],
    [{ value: "643000000", currency: "JPY", approximate: false }, "¥643 million"],
    [{ value: "36000000000", currency: "JPY", approximate: false }, "¥36 billion"],
    [{ value: "2570000", currency: "USD", approximate: false }, "$2.57 million"],
    [{ value: "28000000000", currency: "USD", approximate: true }, "about $28 billion"],
    [{ value: "1500000000000", currency: "JPY", approximate: false }, "¥1.5 trillion"],
    [{ value: "950000", currency: "USD", approximate: false }, "$950,000"],
    [{ value: "12.50", currency: "KZT", approximate: false }, "12.5 KZT"],
  ])("formats %o as %s", (money, expected) => {
    expect(formatMoney(money)).toBe(expected);
  });
});
