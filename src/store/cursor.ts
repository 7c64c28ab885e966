// Opaque connection cursors: the DynamoDB key of the last item returned, and
// a digest of the list they belong to, so that a cursor from one list or
// filter cannot be replayed against another.
import { createHash } from "node:crypto";
import { badInput } from "../domain/errors.ts";
import { KEY_ATTRIBUTES } from "./entities/indexes.ts";

export type CursorKey = Record<string, string>;

const KEY_NAMES = new Set(KEY_ATTRIBUTES);
const MAX_CURSOR_LENGTH = 1024;

export const scopeOf = (scope: unknown) =>
  createHash("sha256").update(JSON.stringify(scope)).digest("base64url").slice(0, 10);

export function encodeCursor(key: CursorKey, scope: string): string {
  return Buffer.from(JSON.stringify({ s: scope, k: key })).toString("base64url");
}

export function decodeCursor(cursor: string, scope: string): CursorKey {
  const invalid = () => badInput("`after` is not a cursor of this list; pass an endCursor or edge cursor returned by it");
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (typeof parsed !== "object" || parsed === null) throw invalid();
  const { s, k } = parsed as { s?: unknown; k?: unknown };
  if (s !== scope || typeof k !== "object" || k === null) throw invalid();
  const entries = Object.entries(k);
  if (entries.length === 0 || !entries.every(([name, value]) => KEY_NAMES.has(name) && typeof value === "string")) throw invalid();
  return k as CursorKey;
}
