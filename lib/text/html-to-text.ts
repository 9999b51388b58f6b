import { parseDocument } from "htmlparser2";

type ChildNode = ReturnType<typeof parseDocument>["children"][number];

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
 * Parsed by htmlparser2 (what cheerio/slim parses with, without its wrapper) and read in one walk over the tree.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  appendText(parseDocument(standardInput(html)).children, false, parts);
  return normaliseBreaks(parts.join(""));
}

// The HTML standard's input rules, which htmlparser2 leaves out: a carriage return is a line
// break, and a NUL character in text is dropped.
function standardInput(html: string): string {
  return /[\r\0]/.test(html) ? html.replace(/\r\n?/g, "\n").replace(/\0/g, "") : html;
}

function appendText(nodes: ChildNode[], inListItem: boolean, parts: string[]): void {
  for (const node of nodes) {
    if (node.type === "text") {
      // Indentation between tags is layout, not a line the author typed.
      parts.push(node.data.trim() === "" ? " " : node.data);
      continue;
    }
    if (node.type === "cdata") appendText(node.children, inListItem, parts);
    if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
    const name = node.name;
    if (DROPPED.has(name)) continue;
    if (name === "br") {
      parts.push(BREAK);
      continue;
    }
    // A paragraph inside a list item only ends the item's line.
    const itemParagraph = name === "p" && inListItem;
    const before = itemParagraph ? "" : PARAGRAPH_BLOCKS.has(name) ? PARAGRAPH : LINE_BLOCKS.has(name) ? LINE : "";
    const after = itemParagraph ? LINE : before;
    parts.push(before);
    if (name === "li") parts.push("- ");
    appendText(node.children, inListItem || name === "li", parts);
    parts.push(after);
  }
}

// Whitespace and sentinel runs, except a lone space (the usual gap between words), which stays as it is.
const BREAK_RUN = /[\s\uE000-\uE002]{2,}|[^\S ]|[\uE000-\uE002]/g;

function normaliseBreaks(text: string): string {
  const withBreaks = text.replace(BREAK_RUN, (run) => {
    // Two <br> in a row is how job boards write a paragraph break.
    if (run.includes(PARAGRAPH) || run.split(BREAK).length > 2) return "\n\n";
    if (/[\n\uE000\uE002]/.test(run)) return "\n";
    return " ";
  });
  return withBreaks
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .trim();
}
