import { badInput } from "../domain/errors.ts";
import type { Context } from "./context.ts";
import { CountryRef, loadOrNull } from "./refs.ts";

/**
 * The alpha-2 code of the country an alpha-2 or alpha-3 code names, in any
 * case; null when it names none of the five; BAD_USER_INPUT when malformed.
 */
export async function resolveCountryCode(code: string, ctx: Context): Promise<string | null> {
  const normalized = code.trim().toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(normalized)) {
    throw badInput("country codes are ISO 3166-1 alpha-2 or alpha-3 codes, such as \"KZ\" or \"KAZ\"");
  }
  const country = await loadOrNull(CountryRef, ctx, normalized);
  return country?.code ?? null;
}
