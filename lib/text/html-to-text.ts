import { load } from "cheerio";

// Private-use sentinels mark block boundaries, so they can be told apart from the source's own
// newlines (typed line breaks in HN comments).
const LINE = "\uE000";
const PARAGRAPH = "\uE001";
const BREAK = "\uE002";

const DROPPED = "script, style, noscript, template, head";
const PARAGRAPH_BLOCKS = "p, h1, h2, h3, h4, h5, h6, ul, ol, dl, table, blockquote, pre, section, article, hr";
const LINE_BLOCKS = "div, li, tr, dt, dd, header, footer, figure, figcaption, address";

/**
 * Plain readable text from HN or job-board HTML: blocks become line breaks, paragraphs are
 * separated by one blank line, list items start with "- ", entities are decoded and whitespace
 * is collapsed within lines. Newlines typed inside the text (HN keeps them) stay line breaks.
 */
export function htmlToText(html: string): string {
  const $ = load(html, null, false);
  $(DROPPED).remove();
  // Indentation between tags is layout, not a line the author typed.
  $.root()
    .find("*")
    .addBack()
    .contents()
    .each((_, node) => {
      if (node.type === "text" && node.data.trim() === "") node.data = " ";
    });
  $(PARAGRAPH_BLOCKS).each((_, element) => {
    const block = $(element);
    // A paragraph inside a list item only ends the item's line.
    if (block.is("p") && block.closest("li").length > 0) block.after(LINE);
    else block.before(PARAGRAPH).after(PARAGRAPH);
  });
  $(LINE_BLOCKS).each((_, element) => {
    $(element).before(LINE).after(LINE);
  });
  $("li").prepend("- ");
  $("br").replaceWith(BREAK);
  return normaliseBreaks($.root().text());
}

function normaliseBreaks(text: string): string {
  const withBreaks = text.replace(/[\s\uE000-\uE002]+/g, (run) => {
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
