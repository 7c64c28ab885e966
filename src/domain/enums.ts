// The value lists of the domain's enums, without zod: records.ts builds its
// validators from them, and the GraphQL schema reads them here, so that no
// request path loads zod (about 440 KB of each Lambda bundle; quality.md P2, P3).
// Values are only ever added, never renamed or removed: clients switch on them.
export const INITIATIVE_KINDS = [
  "DIALOGUE",
  "DOCTRINE",
  "PROGRAM",
  "PROJECT",
  "CONFERENCE",
  "MEETING",
  "VISIT",
  "AGREEMENT",
  "TREATY",
  "POLICY",
  "DIPLOMATIC_RELATIONS",
  "DECISION",
  "STUDY",
  "ORGANISATION",
  "CORRIDOR",
] as const;

export const AID_KINDS = ["LOAN", "GRANT", "TECHNICAL_COOPERATION", "ODA_TOTAL", "CONTRACTS", "ALLOCATION"] as const;

/** What a figure measures: a running total, one year's flow, or a single commitment. */
export const AID_BASES = ["CUMULATIVE", "ANNUAL", "COMMITMENT"] as const;

/** Which countries an aid figure's amount covers. */
export const FIGURE_SCOPES = ["COUNTRY", "CENTRAL_ASIA", "CENTRAL_ASIA_AND_MONGOLIA"] as const;

/** Who carries an initiative: states, groups of states and international bodies. */
export const ACTORS = [
  "JAPAN",
  "CHINA",
  "RUSSIA",
  "EUROPEAN_UNION",
  "INDIA",
  "PAKISTAN",
  "IRAN",
  "TURKEY",
  "UNITED_STATES",
  "CENTRAL_ASIAN_REPUBLICS",
  "OECD",
  "ASIAN_DEVELOPMENT_BANK",
] as const;

/** Subjects a record concerns; a record may have several. */
export const TOPICS = [
  "DIPLOMACY",
  "SECURITY",
  "NUCLEAR",
  "ENERGY",
  "MINERALS",
  "TRANSPORT",
  "INFRASTRUCTURE",
  "AID",
  "TRADE",
  "INVESTMENT",
  "CULTURE",
  "WATER",
  "AGRICULTURE",
  "DISASTER_PREVENTION",
  "GEOGRAPHY",
] as const;

/** What a statement is: an aim of Japan's, an undated activity of Japan's, the regional setting, or a source's judgement. */
export const STATEMENT_KINDS = ["AIM", "ACTIVITY", "SETTING", "ASSESSMENT"] as const;

/** What a context figure measures. */
export const CONTEXT_FIGURE_KINDS = ["ENERGY_CONSUMPTION", "ENERGY_OUTLOOK", "PRODUCTION_SHARE", "PROJECT_VALUE", "DISTANCE"] as const;

/** Units of a context figure's quantity. */
export const QUANTITY_UNITS = ["TONNES", "CUBIC_METRES", "PERCENT", "USD", "KILOMETRES"] as const;

