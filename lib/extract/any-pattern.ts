/**
 * A test that is true exactly when at least one of the patterns matches somewhere in the text:
 * one alternation per set of flags (a pattern keeps its own case rules and lookarounds), so a
 * list of rules is screened in one pass and only texts that match are read rule by rule.
 * The patterns must not use backreferences or named groups (they would clash in one alternation).
 */
export function anyPattern(patterns: readonly RegExp[]): (text: string) => boolean {
  const byFlags = new Map<string, string[]>();
  for (const pattern of patterns) {
    const flags = pattern.flags.replace(/[gy]/g, "");
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${pattern.source})`]);
  }
  const unions = [...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags));
  return (text) => unions.some((union) => union.test(text));
}
