// Pages of a list, as the store returns them and connections expose them.
import { badInput } from "../domain/errors.ts";

export const PAGE_SIZE = { default: 20, max: 100 } as const;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  edges: { node: T; cursor: string }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export const EMPTY_PAGE: Page<never> = { edges: [], hasNextPage: false, endCursor: null };

/** The page size `first` asks for; BAD_USER_INPUT when out of range. */
export function pageSize(first: number | null | undefined): number {
  if (first == null) return PAGE_SIZE.default;
  if (!Number.isInteger(first) || first < 0) throw badInput("`first` must be a non-negative integer");
  if (first > PAGE_SIZE.max) throw badInput(`\`first\` must be at most ${PAGE_SIZE.max}`);
  return first;
}
