/** One top-level alternative of a regex source, and its tokens (an escape such as `\b` is one token). */
export type Alternative = { source: string; tokens: readonly string[] };

/**
 * The top-level alternatives of a regex source (`a|(b|c)|[|]` → `a`, `(b|c)`, `[|]`). Reads the
 * syntax without the `v` flag, whose classes nest: a `v` pattern is kept whole, as one alternative.
 */
export function topLevelAlternatives(pattern: RegExp): Alternative[] {
  if (pattern.flags.includes("v")) return [{ source: `(?:${pattern.source})`, tokens: [] }];
  const source = pattern.source;
  const alternatives: Alternative[] = [];
  let tokens: string[] = [];
  let depth = 0;
  let inClass = false;
  for (let at = 0; at < source.length; ) {
    const char = source[at] ?? "";
    const token = char === "\\" ? source.slice(at, at + 2) : char;
    at += token.length;
    if (char === "\\") {
      tokens.push(token);
      continue;
    }
    if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth += 1;
    else if (char === ")") depth -= 1;
    else if (char === "|" && depth === 0) {
      alternatives.push({ source: tokens.join(""), tokens });
      tokens = [];
      continue;
    }
    tokens.push(token);
  }
  alternatives.push({ source: tokens.join(""), tokens });
  return alternatives;
}
