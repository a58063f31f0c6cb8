import { NeedleAutomaton } from './needle-automaton';

/**
 * Whether a text names one of some strings, as written or spelled with JavaScript escapes
 * (see js-escapes.ts): the text tests of the rules and the rewrite. Written as they are, the
 * needles are found by the engine's native search; a file with a backslash and none of
 * them as written is then searched once more, by an automaton that decodes escapes as it
 * reads (decoding whole files into new strings was a tenth of `migrate`'s time).
 */

const automata = new Map<string, NeedleAutomaton>();
/** Distinct needle lists seen (the rules' own, and the configured wrapper names): a handful. */
const MAX_AUTOMATA = 64;

/** The automaton for a list of needles, built once. */
function automatonFor(needles: readonly string[]): NeedleAutomaton {
  const key = needles.join('\u0000');
  let automaton = automata.get(key);
  if (automaton === undefined) {
    automaton = NeedleAutomaton.forText(needles);
    if (automata.size >= MAX_AUTOMATA) automata.clear();
    automata.set(key, automaton);
  }
  return automaton;
}

/** Whether the text names one of the needles, as written or spelled with escapes. */
export function mentionsAny(text: string, needles: readonly string[]): boolean {
  if (needles.some((needle) => text.includes(needle))) return true;
  if (needles.length === 0 || !text.includes('\\')) return false;
  return automatonFor(needles).testText(text);
}

/** Whether the text names `needle`, as written or spelled with escapes. */
export function mentions(text: string, needle: string): boolean {
  return mentionsAny(text, [needle]);
}
