import { PAGE_SIZE, type Page } from "../store/knowledge-store.ts";

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

/** A connection costs its page size times what each item selects. */
export const pageComplexity = (args: { first?: number | null }) => ({
  field: 1,
  multiplier: Math.min(Math.max(args.first ?? PAGE_SIZE.default, 0), PAGE_SIZE.max),
});
