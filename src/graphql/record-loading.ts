// Loading records through a node ref's per-request DataLoader: one record or
// null, and priming with records a list query already returned.
import type { Context } from "./context.ts";

/** A key that named no record; lookups that may miss turn it into null. */
export class MissingRecord extends Error {
  constructor(type: string, key: string) {
    super(`no ${type} "${key}"`);
    this.name = "MissingRecord";
  }
}

/** Loads one record by key, or null where none exists. */
export async function loadOrNull<T>(ref: { getDataloader(ctx: Context): { load(key: string): Promise<T> } }, ctx: Context, key: string): Promise<T | null> {
  try {
    return await ref.getDataloader(ctx).load(key);
  } catch (error) {
    if (error instanceof MissingRecord) return null;
    throw error;
  }
}

/** Seeds a loader with records a list query already returned, saving a BatchGetItem later. */
export function prime<T>(ref: { getDataloader(ctx: Context): { prime(key: string, value: never): unknown } }, ctx: Context, records: T[], key: (r: T) => string): T[] {
  const dl = ref.getDataloader(ctx);
  for (const r of records) dl.prime(key(r), r as never);
  return records;
}
