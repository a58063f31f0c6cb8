/**
 * The moves of an Aho-Corasick automaton over bytes, completed into a table: from every
 * state, every byte leads to exactly one state, so a search makes one load per byte. Each
 * state carries the labels (bit masks, OR-ed) of the needles that end there, directly or
 * through a suffix. Shared by NeedleAutomaton (any needle?) and LabelledNeedles (which?).
 */
export interface AhoCorasickMoves {
  /** `rows[state][byte]`: the next state */
  rows: number[][];
  /** per state, the OR of the labels of the needles ending there; 0 where none ends */
  labels: number[];
}

export function buildAhoCorasickMoves(needles: readonly Uint8Array[], needleLabels: readonly number[]): AhoCorasickMoves {
  // The trie, one row of 256 children per state (0: none yet, as state 0 is the root).
  const rows: number[][] = [new Array<number>(256).fill(0)];
  const labels: number[] = [0];
  needles.forEach((needle, index) => {
    let state = 0;
    for (const byte of needle) {
      let child = rows[state][byte];
      if (child === 0) {
        child = rows.length;
        rows.push(new Array<number>(256).fill(0));
        labels.push(0);
        rows[state][byte] = child;
      }
      state = child;
    }
    labels[state] |= needleLabels[index]; // the empty needle labels the root: it occurs everywhere
  });
  // Breadth first: each state's missing moves are those of its longest proper suffix state
  // (its failure link), whose own row is complete by then.
  const failure = new Array<number>(rows.length).fill(0);
  const queue: number[] = [];
  for (let byte = 0; byte < 256; byte++) if (rows[0][byte] !== 0) queue.push(rows[0][byte]);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    labels[state] |= labels[failure[state]];
    for (let byte = 0; byte < 256; byte++) {
      const child = rows[state][byte];
      if (child !== 0) {
        failure[child] = rows[failure[state]][byte];
        queue.push(child);
      } else {
        rows[state][byte] = rows[failure[state]][byte];
      }
    }
  }
  return { rows, labels };
}
