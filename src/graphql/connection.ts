// Relay connections (forward pagination only): the connection types, store
// pages as connections, and what a page may cost.
import { PAGE_SIZE, type Page } from "../store/page.ts";
import { builder } from "./builder.ts";
import { AidFigureRef, InitiativeRef } from "./node-refs.ts";

// Counted only when asked for: one counting Query per connection, filters applied.
const COUNT = Symbol("totalCount");
type Counted = { [COUNT]: () => Promise<number> };

const totalCount = {
  description: "How many items the whole list holds, with its filters applied (not just this page).",
  resolve: (connection: object) => (connection as Counted)[COUNT](),
};

export const InitiativeConnection = builder.connectionObject({ type: InitiativeRef, name: "InitiativeConnection", fields: (t) => ({ totalCount: t.int(totalCount) }) });
export const AidFigureConnection = builder.connectionObject({ type: AidFigureRef, name: "AidFigureConnection", fields: (t) => ({ totalCount: t.int(totalCount) }) });

/** A store page as a Relay connection; `count` gives its totalCount. */
export function toConnection<T>(page: Page<T>, count: () => Promise<number>) {
  return {
    [COUNT]: count,
    edges: page.edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: page.edges[0]?.cursor ?? null,
      endCursor: page.endCursor,
    },
  };
}

/**
 * What one DynamoDB request costs in the complexity budget. Fields that read
 * the store once per parent (a country's initiatives or aid figures, a
 * period's initiatives) charge it for every parent, so the budget bounds the
 * requests an operation can make: a list of 100 items that each open a nested
 * list needs 100 requests and is refused, whatever the data holds.
 */
export const STORE_REQUEST_COST = 500;

/** A list read from the store once per parent. */
export const perParentListComplexity = (multiplier: number) => ({ field: STORE_REQUEST_COST, multiplier });

/** A connection read from the store once per parent: a request, then its page. */
export const perParentPageComplexity = (args: { first?: number | null }) => ({ ...pageComplexity(args), field: STORE_REQUEST_COST });

/** A connection costs its page size times what each item selects. */
export const pageComplexity = (args: { first?: number | null }) => ({
  field: 1,
  multiplier: Math.min(Math.max(args.first ?? PAGE_SIZE.default, 0), PAGE_SIZE.max),
});
