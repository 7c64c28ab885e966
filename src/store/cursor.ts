// Opaque connection cursors: the DynamoDB key of the last item returned,
// signed with an HMAC over the list and filter they continue. The key is per
// deployment (CURSOR_SECRET) or, unset, per process; nobody else can mint a
// cursor, nor replay one against another list. What a cursor names is checked
// again on the way in: exactly the query's key attributes, none empty, in the
// query's own partition.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { badInput } from "../domain/errors.ts";

export type CursorKey = Record<string, string>;

/** What a cursor is bound to: the deployment's key and the query it continues. */
export interface CursorScope {
  secret: Buffer;
  /** The list and its filter, as data. */
  list: unknown;
  /** The key attributes of the Query's table or index. */
  keyNames: readonly string[];
  /** The Query's partition key attribute and value. */
  partition?: { name: string; value: unknown };
}

const MAX_CURSOR_LENGTH = 1024;
const SIGNATURE_LENGTH = 22;
const CURSOR = new RegExp(`^([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]{${SIGNATURE_LENGTH}})$`);
const perProcess = randomBytes(32);

/** The configured secret, or one generated for this process (cursors then last as long as it). */
export const cursorSecret = (configured?: string): Buffer => (configured ? Buffer.from(configured, "utf8") : perProcess);

function sign(scope: CursorScope, payload: string): string {
  return createHmac("sha256", scope.secret).update(JSON.stringify(scope.list)).update("\u0000").update(payload).digest("base64url").slice(0, SIGNATURE_LENGTH);
}

export function encodeCursor(key: CursorKey, scope: CursorScope): string {
  const payload = Buffer.from(JSON.stringify(key)).toString("base64url");
  return `${payload}.${sign(scope, payload)}`;
}

export function decodeCursor(cursor: string, scope: CursorScope): CursorKey {
  const invalid = () => badInput("`after` is not a cursor of this list; pass an endCursor or edge cursor returned by it");
  const match = cursor.length <= MAX_CURSOR_LENGTH ? CURSOR.exec(cursor) : null;
  if (!match) throw invalid();
  const [, payload = "", signature = ""] = match;
  if (!timingSafeEqual(Buffer.from(signature), Buffer.from(sign(scope, payload)))) throw invalid();
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (typeof key !== "object" || key === null || Array.isArray(key)) throw invalid();
  const entries = Object.entries(key);
  const sameNames = entries.length === scope.keyNames.length && scope.keyNames.every((name) => Object.hasOwn(key, name));
  if (!sameNames || !entries.every(([, value]) => typeof value === "string" && value.length > 0)) throw invalid();
  if (scope.partition && (key as CursorKey)[scope.partition.name] !== scope.partition.value) throw invalid();
  return key as CursorKey;
}
