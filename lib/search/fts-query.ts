// The user's words become FTS5 string literals, so AND/OR/NOT/NEAR, `column:`, `^`, `*`, quotes
// and brackets in them are searched for as text, never parsed as query syntax.

const MAX_TERMS = 12;

/**
 * How many matches a search counts, and ranks by relevance, unless every match is asked for
 * (PULSE_SEARCH_LIMIT). FTS5 reads matches one by one to count or rank them, so without a limit a
 * broad word costs in proportion to the postings stored; search engines cap their counts the same way.
 */
export const SEARCH_LIMIT = 10_000;
const WORD = /[\p{L}\p{N}]/u;

/**
 * A search box's text as an FTS5 query: every whitespace-separated term a quoted string (inner
 * quotes doubled), all terms required (implicit AND). Terms with no letter or digit are dropped,
 * since the tokenizer would reduce them to nothing. Null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const terms = text
    .normalize("NFKC")
    .split(/\s+/u)
    .filter((term) => WORD.test(term))
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" ");
}
