// Money is exact: values are decimal strings, and formatting moves the decimal
// point by string manipulation, never through a float.
import type { Money } from "./records.ts";

const SYMBOLS: Record<string, string> = { JPY: "¥", USD: "$", EUR: "€" };
const SCALES = [
  { digits: 12, word: "trillion" },
  { digits: 9, word: "billion" },
  { digits: 6, word: "million" },
] as const;

/** "276600000000" JPY → "¥276.6 billion"; approximate figures read "about …". */
export function formatMoney(money: Money): string {
  const [whole = "0", fraction = ""] = money.value.split(".");
  const scale = SCALES.find((s) => whole.length > s.digits);
  let amount: string;
  if (scale) {
    const head = whole.slice(0, whole.length - scale.digits);
    const tail = (whole.slice(whole.length - scale.digits) + fraction).replace(/0+$/, "");
    amount = `${group(head)}${tail ? `.${tail}` : ""} ${scale.word}`;
  } else {
    const trimmed = fraction.replace(/0+$/, "");
    amount = `${group(whole)}${trimmed ? `.${trimmed}` : ""}`;
  }
  const symbol = SYMBOLS[money.currency];
  const text = symbol ? `${symbol}${amount}` : `${amount} ${money.currency}`;
  return money.approximate ? `about ${text}` : text;
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
