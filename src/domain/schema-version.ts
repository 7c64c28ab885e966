// Apart from records.ts so that the store can stamp items without loading zod.
/** Bumped when an item's stored shape changes; written on every entity item. */
export const RECORD_SCHEMA_VERSION = 1;
