// Text as the table stores it for search and ordering by name.

/** Lower-cased text without diacritics, so that "ogutcu" finds "Öğütcü". */
export const searchText = (...parts: string[]) =>
  parts.join(" ").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ı/g, "i");
