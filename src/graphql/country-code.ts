import { badInput } from "../domain/errors.ts";
import { countryCodeInput } from "../domain/input-checks.ts";
import type { Context } from "./context.ts";
import { CountryRef } from "./node-refs.ts";
import { loadOrNull } from "./record-loading.ts";

/**
 * The alpha-2 code of the country an alpha-2 or alpha-3 code names, in any
 * case; null when it names none of the five; BAD_USER_INPUT when malformed.
 */
export async function resolveCountryCode(code: string, ctx: Context): Promise<string | null> {
  const normalized = countryCodeInput(code.trim());
  if (normalized === null) {
    throw badInput("country codes are ISO 3166-1 alpha-2 or alpha-3 codes, such as \"KZ\" or \"KAZ\"");
  }
  const country = await loadOrNull(CountryRef, ctx, normalized);
  return country?.code ?? null;
}

/**
 * The filter with its country code resolved to alpha-2; null when the code
 * names none of the five, so the list is empty.
 */
export async function withCountryCode<F extends { countryCode?: string | null }>(filter: F, ctx: Context): Promise<F | null> {
  if (filter.countryCode == null) return filter;
  const countryCode = await resolveCountryCode(filter.countryCode, ctx);
  return countryCode ? { ...filter, countryCode } : null;
}
