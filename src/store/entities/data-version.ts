// The data version and its release date: one item, written last by the seed loader.
import { RECORD_SCHEMA_VERSION } from "../../domain/schema-version.ts";
import type { DataRelease } from "../knowledge-store.ts";
import type { Item } from "./layout.ts";

export const META_KEY = { pk: "META", sk: "META" } as const;

export const metaItem = (version: string, released: string | null): Item => ({ ...META_KEY, type: "Meta", v: RECORD_SCHEMA_VERSION, version, released });

export const isMetaItem = (i: { pk: unknown; sk: unknown }) => i.pk === META_KEY.pk && i.sk === META_KEY.sk;

/** The version a META item holds; null before the first load. */
export const versionOf = (item: Record<string, unknown> | undefined) => (item?.version as string | undefined) ?? null;

/** The version a META item holds and the date it was released (null when unreleased); null before the first load. */
export const releaseOf = (item: Record<string, unknown> | undefined): DataRelease | null => {
  const version = versionOf(item);
  return version === null ? null : { version, released: (item?.released as string | null | undefined) ?? null };
};
