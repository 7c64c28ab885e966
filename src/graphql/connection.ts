// Relay connections (forward pagination only): the connection types, store
// pages as connections, and what a page may cost.
import { PAGE_SIZE, type Page } from "../store/page.ts";
import { builder } from "./builder.ts";
import { AidFigureRef, InitiativeRef } from "./node-refs.ts";

export const InitiativeConnection = builder.connectionObject({ type: InitiativeRef, name: "InitiativeConnection" });
export const AidFigureConnection = builder.connectionObject({ type: AidFigureRef, name: "AidFigureConnection" });

/** A store page as a Relay connection. */
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

/** A connection costs its page size times what each item selects. */
export const pageComplexity = (args: { first?: number | null }) => ({
  field: 1,
  multiplier: Math.min(Math.max(args.first ?? PAGE_SIZE.default, 0), PAGE_SIZE.max),
});
