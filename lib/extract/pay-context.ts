// Where a pay figure stands: its sentence (or "| … |" header segment), the words around it, and
// whether that place talks about pay at all. Positions are [start, end) offsets into the text.

export type FigureContext = {
  /** Up to 40 characters before the figure, within its sentence. */
  before: string;
  /** Up to 40 characters after the figure, within its sentence. */
  after: string;
  /** The sentence or header segment says it is pay, or the figure stands alone as such. */
  talksPay: boolean;
};

type Span = { start: number; end: number };

const NEAR = 40;
const PAY_CUE =
  /\b(?:salary|salaries|compensation|comp|pay|paid|base|CTC|package|gross|wage|LPA|rate|earn(?:ing)?s?|gehalt|brutto|salaire|salario|sueldo|stipendio|wynagrodzenie)\b/i;
const HEADER_LINE = /\s\|\s|\s\|$|^\|/;
const MAX_HEADER_WORDS = 8;
const MAX_SHORT_LINE_WORDS = 6;

export function figureContext(text: string, figure: Span): FigureContext {
  const line = lineAround(text, figure);
  const inHeader = HEADER_LINE.test(text.slice(line.start, line.end));
  const sentence = inHeader ? headerSegment(text, figure, line) : sentenceAround(text, figure, line);
  const words = (from: number, to: number) => text.slice(from, to).trim().split(/\s+/).length;
  // "| $150-200k |" in a header, or a short line that leads with the figure ("$150K-$210K + equity.").
  const leadsLine = /^[\s\-*•]*$/.test(text.slice(line.start, figure.start));
  const standsAlone = (inHeader && words(sentence.start, figure.end) <= MAX_HEADER_WORDS) || (leadsLine && words(line.start, line.end) <= MAX_SHORT_LINE_WORDS);
  // A short line ("$238,000 - $290,000 USD") may lean on the heading above it ("COMPENSATION RANGE").
  const heading = words(line.start, line.end) <= MAX_SHORT_LINE_WORDS ? line.previous : "";
  return {
    before: text.slice(Math.max(figure.start - NEAR, sentence.start), figure.start),
    after: text.slice(figure.end, Math.min(figure.end + NEAR, sentence.end)),
    talksPay: standsAlone || PAY_CUE.test(`${heading}\n${text.slice(sentence.start, sentence.end)}`),
  };
}

function lineAround(text: string, figure: Span): Span & { previous: string } {
  const start = text.lastIndexOf("\n", figure.start) + 1;
  const found = text.indexOf("\n", figure.end);
  const before = text.slice(0, start).trimEnd();
  const previous = before.slice(before.lastIndexOf("\n") + 1);
  return { start, end: found === -1 ? text.length : found, previous };
}

function headerSegment(text: string, figure: Span, line: Span): Span {
  const from = text.lastIndexOf("|", figure.start);
  const to = text.indexOf("|", figure.end);
  return { start: Math.max(from + 1, line.start), end: to === -1 || to > line.end ? line.end : to };
}

function sentenceAround(text: string, figure: Span, line: Span): Span {
  const lastStop = text.slice(line.start, figure.start).search(/[.!?;]\s[^.!?;]*$/);
  const nextStop = /[.!?;]\s/.exec(text.slice(figure.end, line.end));
  return { start: lastStop === -1 ? line.start : line.start + lastStop + 2, end: nextStop ? figure.end + nextStop.index : line.end };
}
