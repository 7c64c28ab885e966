// Rich text as runs: each a piece of text in one style, optionally a link to
// a URL or to a named destination in the document. A run marked `glued` never
// starts a line (a note marker stays on its word's line).
import type { StyleName } from "../theme.ts";

export interface Run {
  text: string;
  style: StyleName;
  /** An external URL the run links to. */
  url?: string;
  /** A named destination in the document the run links to. */
  goTo?: string;
  /** What a screen reader announces for the link. */
  linkLabel?: string;
  glued?: boolean;
}
