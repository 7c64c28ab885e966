// Greedy line breaking of runs into a measure: breaks only at spaces (and,
// inside a word too long for the line, after a slash or anywhere), never
// before a glued run. Lines keep the runs' fragments with their offsets, so
// drawing needs no further measuring.
import { STYLES } from "../theme.ts";
import type { Measure } from "./measure.ts";
import type { Run } from "./runs.ts";

export interface Fragment {
  run: Run;
  text: string;
  x: number;
  width: number;
}

export interface Line {
  fragments: Fragment[];
  height: number;
}

interface Atom {
  run: Run;
  word: string;
  width: number;
  /** Width of the space after the word; 0 when none. */
  space: number;
  /** No line may break before this atom. */
  glued: boolean;
}

export interface BreakOptions {
  /** Indent of every line but the first (a hanging indent). */
  hang?: number;
}

export function breakLines(measure: Measure, runs: readonly Run[], width: number, options: BreakOptions = {}): Line[] {
  const atoms = splitLong(measure, atomsOf(measure, runs), width - (options.hang ?? 0));
  const lines: Line[] = [];
  let current: Atom[] = [];
  let used = 0;
  let pendingSpace = 0;
  const limit = () => width - (lines.length > 0 ? (options.hang ?? 0) : 0);
  for (const atom of atoms) {
    const needed = (current.length > 0 ? pendingSpace : 0) + atom.width;
    if (current.length > 0 && used + needed > limit() + 0.01) {
      // A glued atom (a note marker) takes the word it is glued to onto the next line.
      let at = current.length;
      if (atom.glued) while (at > 0 && current[at - 1]?.glued) at--;
      if (atom.glued) at--;
      if (at > 0) {
        const carried = current.slice(at);
        lines.push(lineOf(current.slice(0, at), lines.length > 0 ? (options.hang ?? 0) : 0));
        current = carried;
        used = carried.reduce((sum, a, i) => sum + a.width + (i > 0 ? (carried[i - 1]?.space ?? 0) : 0), 0);
      }
    }
    used += (current.length > 0 ? pendingSpace : 0) + atom.width;
    current.push(atom);
    pendingSpace = atom.space;
  }
  if (current.length > 0) lines.push(lineOf(current, lines.length > 0 ? (options.hang ?? 0) : 0));
  return lines;
}

function atomsOf(measure: Measure, runs: readonly Run[]): Atom[] {
  const atoms: Atom[] = [];
  for (const run of runs) {
    const parts = run.text.split(" ");
    parts.forEach((word, index) => {
      const last = index === parts.length - 1;
      const space = last ? 0 : measure.space(run.style);
      if (word === "") {
        // A space that opens a run, or doubled: it widens the previous atom's space.
        const previous = atoms.at(-1);
        if (previous && !last) previous.space = space;
        return;
      }
      const glued = index === 0 && (run.glued === true || (atoms.length > 0 && atoms.at(-1)?.space === 0));
      atoms.push({ run, word, width: measure.word(word, run.style), space, glued });
    });
  }
  return atoms;
}

/** Words wider than the line are cut after a slash where possible, else where they must be. */
function splitLong(measure: Measure, atoms: Atom[], width: number): Atom[] {
  if (atoms.every((a) => a.width <= width)) return atoms;
  return atoms.flatMap((atom) => {
    if (atom.width <= width) return [atom];
    const pieces: Atom[] = [];
    let rest = atom.word;
    while (rest.length > 0) {
      let cut = rest.length;
      while (cut > 1 && measure.width(rest.slice(0, cut), atom.run.style) > width) cut--;
      const slash = rest.lastIndexOf("/", cut - 1);
      if (cut < rest.length && slash > cut / 2) cut = slash + 1;
      const word = rest.slice(0, cut);
      rest = rest.slice(cut);
      pieces.push({ run: atom.run, word, width: measure.width(word, atom.run.style), space: rest ? 0 : atom.space, glued: false });
    }
    return pieces;
  });
}

function lineOf(atoms: Atom[], indent: number): Line {
  const fragments: Fragment[] = [];
  /** Fragments followed, with no space, by the next one (a word and its note marker). */
  const joined = new Set<Fragment>();
  let x = indent;
  atoms.forEach((atom, index) => {
    const space = index > 0 ? (atoms[index - 1]?.space ?? 0) : 0;
    const last = fragments.at(-1);
    if (last && last.run === atom.run) {
      last.text += `${space > 0 ? " " : ""}${atom.word}`;
      last.width += space + atom.width;
    } else {
      x += space;
      if (last && space === 0) joined.add(last);
      fragments.push({ run: atom.run, text: atom.word, x, width: atom.width });
    }
    x = (fragments.at(-1)?.x ?? 0) + (fragments.at(-1)?.width ?? 0);
  });
  // Every fragment ends in a space, drawn but not counted in the offsets: pdfkit
  // then shapes the same "word " tokens the measuring did, and copied lines stay apart.
  for (const f of fragments) if (!joined.has(f) && !f.text.endsWith(" ")) f.text += " ";
  const height = Math.max(...atoms.map((a) => STYLES[a.run.style].leading));
  return { fragments, height };
}
