import { topLevelAlternatives, type Alternative } from "./regex-alternatives";

/**
 * A test that is true exactly when at least one of the patterns matches somewhere in the text:
 * one alternation per set of flags (a pattern keeps its own case rules and lookarounds), so a
 * list of rules is screened in one pass and only texts that match are read rule by rule.
 * The patterns must not use backreferences or named groups (they would clash in one alternation).
 */
export function anyPattern(patterns: readonly RegExp[]): (text: string) => boolean {
  const byFlags = new Map<string, Alternative[]>();
  for (const pattern of patterns) {
    const flags = pattern.flags.replace(/[gy]/g, "");
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), ...topLevelAlternatives(pattern)]);
  }
  const unions = [...byFlags].map(([flags, alternatives]) => new RegExp(unionOf(alternatives), flags));
  return (text) => unions.some((union) => union.test(text));
}

const BOUNDARY = String.raw`\b`;

/**
 * One alternation of every alternative, with the word boundary most of them open (and close) with
 * checked once: `\b(?:(?:a|b)\b|c)|d` instead of `\ba\b|\bb\b|\bc|d`. The regex engine then drops
 * every position inside a word after one check instead of one per alternative, which is most of the
 * screening time. Only whether some alternative matches is asked, so their order does not matter.
 */
export function unionOf(alternatives: readonly Alternative[]): string {
  const bounded: string[] = [];
  const opened: string[] = [];
  const rest: string[] = [];
  for (const alternative of alternatives) {
    const tokens = alternative.tokens;
    if (tokens[0] !== BOUNDARY) rest.push(alternative.source);
    else if (tokens.length > 2 && tokens.at(-1) === BOUNDARY) bounded.push(tokens.slice(1, -1).join(""));
    else opened.push(tokens.slice(1).join(""));
  }
  const afterBoundary = [...(bounded.length > 0 ? [`(?:${bounded.join("|")})${BOUNDARY}`] : []), ...opened];
  return [...(afterBoundary.length > 0 ? [`${BOUNDARY}(?:${afterBoundary.join("|")})`] : []), ...rest].join("|");
}
