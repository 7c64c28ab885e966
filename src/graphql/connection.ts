import type { Page } from "../store/knowledge-store.ts";

/** A store page as a Relay connection (forward pagination only). */
export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: page.edges[0]?.cursor ?? null,
      endCursor: page.endCursor,
    },
  };
}

export const EMPTY_PAGE: Page<never> = { edges: [], hasNextPage: false, endCursor: null };
