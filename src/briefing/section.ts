// What every section of a brief draws with: the typesetter, the endnote
// numbering shared by the whole document, and the gathered data.
import type { CitationRegistry } from "./citations.ts";
import type { Snapshot } from "./data.ts";
import type { Typesetter } from "./typeset/typesetter.ts";

export interface Brief {
  t: Typesetter;
  cites: CitationRegistry;
  data: Snapshot;
  /** The URL of a country's brief (the regional brief links to them). */
  briefUrl: (code: string) => string;
}
