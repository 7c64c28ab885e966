// Automatic persisted queries (Apollo's protocol, yoga's plugin): a client
// sends only a document's SHA-256 (typically over GET, so CDNs can cache it);
// an unknown hash answers PERSISTED_QUERY_NOT_FOUND, the client then sends the
// hash with the document, which is kept, and the hash alone works from then on.
// Documents are kept per process, bounded: anyone may register one.
import { createInMemoryAPQStore, useAPQ as yogaAPQ } from "@graphql-yoga/plugin-apq";
import type { Plugin } from "graphql-yoga";

const STORE = { max: 1000, ttl: 24 * 60 * 60 * 1000 };

export function useAPQ(): Plugin {
  return yogaAPQ({ store: createInMemoryAPQStore(STORE) });
}
