// The value lists of the domain's enums, without zod: records.ts builds its
// validators from them, and the GraphQL schema reads them here, so that no
// request path loads zod (about 440 KB of each Lambda bundle; quality.md P2, P3).
export const INITIATIVE_KINDS = ["DIALOGUE", "DOCTRINE", "PROGRAM", "PROJECT", "CONFERENCE", "MEETING", "VISIT", "AGREEMENT", "TREATY"] as const;

export const AID_KINDS = ["LOAN", "GRANT", "TECHNICAL_COOPERATION", "ODA_TOTAL", "CONTRACTS"] as const;

/** What a figure measures: a running total, one year's flow, or a single commitment. */
export const AID_BASES = ["CUMULATIVE", "ANNUAL", "COMMITMENT"] as const;
