import { load, type CheerioAPI, type contains } from "cheerio";
import type { HnComment } from "./types";

export type HnThreadPage = {
  storyId: number;
  storyTitle: string | null;
  /** Top-level comments only, in page order. */
  comments: HnComment[];
  /** Comment rows of every depth, to cross-check against a known count. */
  totalCommentRows: number;
  nextPageUrl: string | null;
};

// cheerio hands out domhandler nodes without re-exporting their type; borrow it from a signature.
type DomNode = Parameters<typeof contains>[1];
type CommentRow = ReturnType<CheerioAPI>;

const HN_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
  "/": "&#x2F;",
};
const escapeLikeHn = (raw: string): string => raw.replace(/[&<>"'/]/g, (ch) => HN_ESCAPES[ch] ?? ch);

function serializeLikeItemApi(nodes: DomNode[]): string {
  return nodes
    .map((node) => {
      if (node.nodeType === 3) return escapeLikeHn(node.data);
      if (node.nodeType !== 1 || !("attribs" in node)) return "";
      const inner = serializeLikeItemApi(node.children);
      switch (node.name) {
        case "p":
          return `<p>${inner}`;
        case "a":
          return `<a href="${escapeLikeHn(node.attribs.href ?? "")}"${node.attribs.rel ? ` rel="${node.attribs.rel}"` : ""}>${inner}</a>`;
        case "i":
        case "pre":
        case "code":
          return `<${node.name}>${inner}</${node.name}>`;
        case "div":
          return node.attribs.class?.split(/\s+/).includes("reply") ? "" : inner;
        case "span":
          return inner.trim() === "" ? "" : inner;
        default:
          return inner;
      }
    })
    .join("");
}

/**
 * Rewrites comment HTML (a page's DOM, a browser's re-serialisation, or Algolia's `<p>…</p>`
 * form) into the item API's form: `first<p>second`, HN's entity escapes, no reply links.
 */
export function toItemApiHtml(fragment: string | DomNode[]): string {
  const nodes = typeof fragment === "string" ? load(fragment, null, false).root().contents().toArray() : fragment;
  // HN starts its text without <p>, except that a code block is always preceded by one.
  return serializeLikeItemApi(nodes).trim().replace(/^<p>(?!<pre>)/, "");
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const UNIT_SECONDS: Record<string, number> = { minute: 60, hour: 3600, day: 86_400, month: 30 * 86_400, year: 365 * 86_400 };

/** HN prints "on Jan 1, 2015" for old items and "75 days ago" for recent ones; newer markup adds a title. */
export function commentTimeFromAge(ageText: string, ageTitle: string | undefined, servedAt: Date): number | null {
  const unixInTitle = ageTitle?.match(/\s(\d{9,})$/);
  if (unixInTitle?.[1]) return Number(unixInTitle[1]);
  if (ageTitle && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/.test(ageTitle)) return Date.parse(`${ageTitle}Z`) / 1000;

  const absolute = ageText.match(/^(?:on )?([A-Za-z]+)\.? (\d{1,2}), (\d{4})$/);
  if (absolute) {
    const month = MONTHS.indexOf((absolute[1] ?? "").slice(0, 3).toLowerCase());
    if (month < 0) return null;
    return Date.UTC(Number(absolute[3]), month, Number(absolute[2])) / 1000;
  }
  const relative = ageText.match(/^(\d+) (minute|hour|day|month|year)s? ago$/);
  const unitSeconds = UNIT_SECONDS[relative?.[2] ?? ""];
  if (!relative || unitSeconds === undefined) return null;
  return Math.floor(servedAt.getTime() / 1000) - Number(relative[1]) * unitSeconds;
}

function indentOf(row: CommentRow): number {
  const cell = row.find("td.ind").first();
  const indentAttr = cell.attr("indent");
  if (indentAttr !== undefined) return Number(indentAttr);
  // Older markup encodes depth only as a spacer image 40px wide per level.
  return Number(cell.find("img").attr("width") ?? "0") / 40;
}

const TEXT_CLASS = /(^|\s)(commtext|c[0-9a-f]{2})(\s|$)/;

function parseCommentRow(row: CommentRow, storyId: number, servedAt: Date): HnComment {
  const id = Number(row.attr("id"));
  const comhead = row.find(".comhead").first();
  const age = comhead.find(".age").first();
  const time = commentTimeFromAge(age.text().trim(), age.attr("title"), servedAt);
  if (!Number.isInteger(id) || time === null) {
    throw new Error(`HN comment row ${row.attr("id")}: unreadable id or age "${age.text().trim()}"`);
  }
  const commentBox = row.find("div.comment").first();
  const textBox = commentBox.children().filter((_, el) => TEXT_CLASS.test(el.attribs.class ?? "")).first();
  // Hidden comments show a bare placeholder ("[deleted]", "[flagged]") instead of a text span.
  const placeholder = textBox.length === 0 ? commentBox.text().trim() : null;
  const author = comhead.find("a.hnuser").first().text().trim() || null;
  const deleted = placeholder === "[deleted]" || textBox.text().trim() === "[deleted]" || author === null;
  const dead =
    /\[(dead|flagged)\]/.test(comhead.text()) || textBox.hasClass("cdd") || /^\[(dead|flagged)\]$/.test(placeholder ?? "");
  const text = deleted || textBox.length === 0 ? null : toItemApiHtml(textBox.contents().toArray());
  return { id, by: deleted ? null : author, time, text, parent: storyId, type: "comment", dead, deleted };
}

const COMPLETE_PAGE = /<\/html>\s*$/i;

/** Parses one page of an HN item (thread) page, in curl, browser-saved or current markup. */
export function parseHnThreadPage(html: string, opts: { pageUrl: string; servedAt: Date }): HnThreadPage {
  // A page that breaks off still parses, as a shorter thread without its "More" link: refuse it.
  if (!COMPLETE_PAGE.test(html)) throw new Error("the page is cut off (it does not end with </html>): a truncated response");
  const $ = load(html);
  const story = $("tr.athing").not(".comtr").first();
  const storyId = Number(story.attr("id") ?? new URL(opts.pageUrl).searchParams.get("id"));
  if (!Number.isInteger(storyId) || storyId <= 0) throw new Error(`Not an HN item page: ${opts.pageUrl}`);
  const storyTitle = story.find(".storylink, .titleline > a").first().text().trim() || null;

  const rows = $("tr.athing.comtr").toArray().map((el) => $(el));
  const comments = rows.filter((row) => indentOf(row) === 0).map((row) => parseCommentRow(row, storyId, opts.servedAt));
  const moreHref = $("a.morelink").first().attr("href");
  return {
    storyId,
    storyTitle,
    comments,
    totalCommentRows: rows.length,
    nextPageUrl: moreHref ? new URL(moreHref, opts.pageUrl).toString() : null,
  };
}
