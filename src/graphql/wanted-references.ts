// Which reference tables a request should start reading at once, beside its
// first store read (P7's round trips): periods when the operation names a
// field that returns periods, sources when it names one that returns sources
// (a citation's `source`), both when it may reach any node or when the text
// is not known. Read from the operation's text, which costs no parse: a word
// in a comment or a string only starts a read that was not needed, and a
// table not started here is still read, on first use.
import type { ReferenceType } from "../store/reference-tables.ts";

const PERIODS = /\b(?:period|periods|node|nodes)\b/;
const SOURCES = /\b(?:source|sources|node|nodes)\b/;

export function wantedReferences(query: string | undefined): ReferenceType[] {
  if (typeof query !== "string") return ["Period", "Source"];
  const wanted: ReferenceType[] = [];
  if (PERIODS.test(query)) wanted.push("Period");
  if (SOURCES.test(query)) wanted.push("Source");
  return wanted;
}
