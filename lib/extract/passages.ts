/** One sentence of a posting, with the heading or lead-in line it sits under. */
export type Passage = { sentence: string; heading: string | null };

// "e.g. PyTorch" must not end a sentence.
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|incl|approx|ex|esp|Dr|Mr|Ms|Sr|Jr|St|Inc|Ltd|Co)\.$/i;
const SENTENCE_END = /(?<=[.!?])\s+(?=[^\sa-z])/;
const STOP_THEN_SPACE = /[.!?]\s/;
const BULLET = /^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+/;
// Whitespace other than a lone space: most lines have none, and rewriting every single space would copy the line.
const SPACE_TO_COLLAPSE = /[^\S ]|\s\s/;
const MAX_HEADING_WORDS = 8;

/** One non-blank line of a text: as written, without its bullet and with whitespace collapsed, and its sentences. */
export type TextLine = { readonly rawLine: string; readonly line: string; readonly sentences: readonly string[] };

// The frameworks, remote, country and use-case readers all read the same description line by line;
// the last text's lines are kept so it is split once per posting (readonly: a reader cannot change them for the next).
let lastText: string | null = null;
let lastLines: readonly TextLine[] = [];

export function textLines(text: string): readonly TextLine[] {
  if (text === lastText) return lastLines;
  const lines: TextLine[] = [];
  for (const rawLine of text.split("\n")) {
    const unbulleted = rawLine.replace(BULLET, "");
    const line = (SPACE_TO_COLLAPSE.test(unbulleted) ? unbulleted.replace(/\s+/g, " ") : unbulleted).trim();
    if (line !== "") lines.push({ rawLine, line, sentences: splitSentences(line) });
  }
  lastText = text;
  lastLines = lines;
  return lines;
}

export function splitPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  let heading: string | null = null;
  for (const { rawLine, line, sentences } of textLines(text)) {
    for (const sentence of sentences) passages.push({ sentence, heading });
    if (isHeading(rawLine, line)) heading = line;
  }
  return passages;
}

/** A lead-in that governs the lines below it: "Nice to have:", "Requirements", "What you bring". */
function isHeading(rawLine: string, line: string): boolean {
  if (BULLET.test(rawLine)) return false;
  if (line.endsWith(":")) return true;
  return lineHasAtMostWords(line, MAX_HEADING_WORDS) && !/[.!?,;]$/.test(line);
}

/** The line (a TextLine's `line`, whitespace collapsed to single spaces) has at most `max` words: counted until the limit is passed. */
export function lineHasAtMostWords(line: string, max: number): boolean {
  let count = 1;
  for (let at = line.indexOf(" "); at !== -1; at = line.indexOf(" ", at + 1)) if (++count > max) return false;
  return true;
}

export function splitSentences(line: string): string[] {
  // Most lines are one sentence: no stop followed by a space, so nothing to split.
  if (!STOP_THEN_SPACE.test(line)) return [line];
  const sentences: string[] = [];
  let current = "";
  for (const piece of line.split(SENTENCE_END)) {
    current = current === "" ? piece : `${current} ${piece}`;
    if (!ABBREVIATION.test(current)) {
      sentences.push(current);
      current = "";
    }
  }
  if (current !== "") sentences.push(current);
  return sentences;
}
