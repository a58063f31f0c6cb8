import { buildAhoCorasickMoves } from './aho-corasick';

/**
 * Which of many groups of needles a text names, in one pass: each needle carries a label (a
 * bit), and the pass returns the OR of the labels of the needles found. `check` labels each
 * rule's needles with the rule's bit, so one pass over a file tells every rule whether to run;
 * a search per rule was a pass each over every file the prefilter let through (on the Genesys
 * SDK's 4 MB bundles, most rules' needles are absent, so each such pass read the whole file).
 *
 * The needles are ASCII (the constructor checks): a code unit above 0x7f is never part of one.
 * Escapes are the caller's: it asks again about the decoded text (js-escapes.ts).
 */
export class LabelledNeedles {
  private readonly next: Uint32Array;
  private readonly labels: Uint32Array;
  private readonly allLabels: number;

  constructor(entries: readonly { needle: string; label: number }[]) {
    for (const { needle, label } of entries) {
      if (!/^[\x01-\x7f]*$/.test(needle)) throw new Error(`needle ${JSON.stringify(needle)} is not ASCII`);
      if (!Number.isInteger(label) || label <= 0 || label > 0x7fffffff) throw new Error(`label ${label} is not a bit mask of up to 31 bits`);
    }
    const { rows, labels } = buildAhoCorasickMoves(
      entries.map(({ needle }) => Uint8Array.from(needle, (char) => char.charCodeAt(0))),
      entries.map(({ label }) => label),
    );
    this.next = new Uint32Array(rows.length * 256);
    rows.forEach((row, state) => this.next.set(row, state * 256));
    this.labels = Uint32Array.from(labels);
    this.allLabels = entries.reduce((all, { label }) => all | label, 0);
  }

  /** The OR of the labels of the needles that occur in `text`; stops once every label is seen. */
  labelsIn(text: string): number {
    const { next, labels, allLabels } = this;
    let state = 0;
    let seen = labels[0];
    for (let index = 0; index < text.length && seen !== allLabels; index++) {
      const unit = text.charCodeAt(index);
      state = next[(state << 8) | (unit > 0x7f ? 0 : unit)];
      seen |= labels[state];
    }
    return seen;
  }
}
