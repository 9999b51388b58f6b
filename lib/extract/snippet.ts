const MAX_SNIPPET = 160;
const ELLIPSIS = "…";

/**
 * The sentence around a match, cut at word boundaries to at most 160 characters.
 * `sentence` is already trimmed with whitespace collapsed (see splitPassages).
 */
export function snippetAround(sentence: string, matchIndex: number, matchLength: number): string {
  if (sentence.length <= MAX_SNIPPET) return sentence;
  const room = MAX_SNIPPET - 2 * ELLIPSIS.length;
  const matchEnd = matchIndex + matchLength;
  const center = matchIndex + Math.floor(matchLength / 2);
  let start = Math.max(0, Math.min(center - Math.floor(room / 2), sentence.length - room));
  let end = Math.min(sentence.length, start + room);
  // Move inwards to whole words, never into the match itself.
  if (start > 0) {
    const space = sentence.indexOf(" ", start);
    if (space >= 0 && space < matchIndex) start = space + 1;
  }
  if (end < sentence.length) {
    const space = sentence.lastIndexOf(" ", end);
    if (space >= matchEnd) end = space;
  }
  const head = start > 0 ? ELLIPSIS : "";
  const tail = end < sentence.length ? ELLIPSIS : "";
  return `${head}${sentence.slice(start, end).trim()}${tail}`;
}
