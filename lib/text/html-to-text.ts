import { Parser, type Handler } from "htmlparser2";

// Private-use sentinels mark block boundaries, so they can be told apart from the source's own
// newlines (typed line breaks in HN comments).
const LINE = "\uE000";
const PARAGRAPH = "\uE001";
const BREAK = "\uE002";

// A fragment has no <head>: its tag is ignored and what it holds is read like the rest.
const DROPPED = new Set(["script", "style", "noscript", "template"]);
const PARAGRAPH_BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "pre", "section", "article", "hr"]);
const LINE_BLOCKS = new Set(["div", "li", "tr", "dt", "dd", "header", "footer", "figure", "figcaption", "address"]);

/**
 * Plain readable text from HN or job-board HTML: blocks become line breaks, paragraphs are
 * separated by one blank line, list items start with "- ", entities are decoded and whitespace
 * is collapsed within lines. Newlines typed inside the text (HN keeps them) stay line breaks.
 * Read from htmlparser2's events (what cheerio/slim parses with) as they come, without building a tree.
 */
export function htmlToText(html: string): string {
  const reader = new TextReader();
  new Parser(reader).end(standardInput(html));
  reader.endText();
  return normaliseBreaks(reader.parts.join(""));
}

// The HTML standard's input rules, which htmlparser2 leaves out: a carriage return is a line
// break, and a NUL character in text is dropped.
function standardInput(html: string): string {
  return html.includes("\r") || html.includes("\0") ? html.replace(/\r\n?/g, "\n").replace(/\0/g, "") : html;
}

/**
 * The text of the elements in document order, as a walk over the parsed tree would read it: a
 * text node is every text event between two other events (entities arrive as separate events),
 * and an element's closing marks come when the parser closes it, implied closes included.
 */
class TextReader implements Partial<Handler> {
  readonly parts: string[] = [];
  private text: string | null = null;
  // Open elements whose text is left out (a dropped element and all it holds; anything inside a <br>).
  private skippedDepth = 0;
  private listItemDepth = 0;
  private readonly closings: Array<{ mark: string; listItem: boolean }> = [];

  onopentag(name: string): void {
    this.endText();
    if (this.skippedDepth > 0 || DROPPED.has(name)) {
      this.skippedDepth += 1;
      return;
    }
    if (name === "br") {
      this.parts.push(BREAK);
      this.skippedDepth = 1;
      return;
    }
    // A paragraph inside a list item only ends the item's line.
    const itemParagraph = name === "p" && this.listItemDepth > 0;
    const before = itemParagraph ? "" : PARAGRAPH_BLOCKS.has(name) ? PARAGRAPH : LINE_BLOCKS.has(name) ? LINE : "";
    this.parts.push(before);
    const listItem = name === "li";
    if (listItem) {
      this.parts.push("- ");
      this.listItemDepth += 1;
    }
    this.closings.push({ mark: itemParagraph ? LINE : before, listItem });
  }

  onclosetag(): void {
    this.endText();
    if (this.skippedDepth > 0) {
      this.skippedDepth -= 1;
      return;
    }
    const closing = this.closings.pop();
    if (closing === undefined) return;
    this.parts.push(closing.mark);
    if (closing.listItem) this.listItemDepth -= 1;
  }

  ontext(data: string): void {
    if (this.skippedDepth === 0) this.text = this.text === null ? data : this.text + data;
  }

  oncomment(): void {
    this.endText();
  }

  onprocessinginstruction(): void {
    this.endText();
  }

  endText(): void {
    if (this.text === null) return;
    // Indentation between tags is layout, not a line the author typed.
    this.parts.push(this.text.trim() === "" ? " " : this.text);
    this.text = null;
  }
}

// Whitespace and sentinel runs, except a lone space (the usual gap between words), which stays as it is.
const BREAK_RUN = /[\s\uE000-\uE002]{2,}|[^\S ]|[\uE000-\uE002]/g;

function normaliseBreaks(text: string): string {
  // Runs are maximal, so every space or line break left has no whitespace beside it: only the ends need trimming.
  return text
    .replace(BREAK_RUN, (run) => {
      // Two <br> in a row is how job boards write a paragraph break.
      if (run.includes(PARAGRAPH) || hasTwo(run, BREAK)) return "\n\n";
      if (/[\n\uE000\uE002]/.test(run)) return "\n";
      return " ";
    })
    .trim();
}

function hasTwo(text: string, mark: string): boolean {
  const first = text.indexOf(mark);
  return first !== -1 && text.includes(mark, first + 1);
}
