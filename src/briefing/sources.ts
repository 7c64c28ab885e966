// How a source is named to readers: in full in an endnote, briefly in a
// "Source:" line under a table or chart.
import type { Source } from "../domain/records.ts";
import { publishedText, typographic } from "./labels.ts";

/** "Özge Nur Öğütcü, “Japan's Policies Towards Central Asia”, Center for Eurasian Studies (AVİM), 31 March 2017" */
export function fullReference(source: Source): string {
  const title = quotedTitle(source.title);
  const when = source.published ? publishedText(source.published) : "undated";
  return [source.author, title, source.publisher, when].filter(Boolean).join(", ");
}

/** "Ministry of Foreign Affairs of Japan, 9 February 2011" or the title where there is no publisher. */
export function shortReference(source: Source): string {
  const who = source.publisher ?? source.author ?? quotedTitle(source.title);
  return source.published ? `${who}, ${publishedText(source.published)}` : who;
}

/** A title in double quotes, with quotes inside it made single. */
const quotedTitle = (title: string): string => `“${typographic(title).replace(/“/g, "‘").replace(/”/g, "’")}”`;

/** The note for a source cited before: its author's surname or its issuer, and its title up to a colon or six words. */
export function repeatReference(source: Source): string {
  const words = source.title.split(":")[0]?.split(" ") ?? [];
  const title = quotedTitle(words.length > 6 ? `${words.slice(0, 6).join(" ")} …` : words.join(" "));
  const who = source.author?.split(" ").at(-1) ?? source.publisher;
  return who ? `${who}, ${title}` : title;
}
