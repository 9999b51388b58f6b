import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, test } from "vitest";
import { z } from "zod";
import { commentTimeFromAge, parseHnThreadPage, toItemApiHtml } from "@/scrapers/hn/html-thread";
import { SNAPSHOT_DIR } from "../helpers/snapshot";

const manifestSchema = z.array(z.object({ url: z.string(), file: z.string(), recordedAt: z.string(), note: z.string() }));
const manifest = manifestSchema.parse(JSON.parse(readFileSync(path.join(SNAPSHOT_DIR, "manifest.json"), "utf8")));

const parsedPages = new Map<string, ReturnType<typeof parseRecordedPage>>();
function recordedPage(url: string) {
  const cached = parsedPages.get(url) ?? parseRecordedPage(url);
  parsedPages.set(url, cached);
  return cached;
}

function parseRecordedPage(url: string) {
  const entry = manifest.find((candidate) => candidate.url === url);
  if (!entry) throw new Error(`not in the snapshot manifest: ${url}`);
  const noteRows = Number(entry.note.match(/(\d+) comment rows/)?.[1]);
  const servedAt = new Date(entry.recordedAt);
  const page = parseHnThreadPage(readFileSync(path.join(SNAPSHOT_DIR, entry.file), "utf8"), { pageUrl: url, servedAt });
  return { page, noteRows, servedAt };
}

const HN = "https://news.ycombinator.com/item?id=";
const DAY = 86_400;

describe("parseHnThreadPage on recorded pages", () => {
  test.each([
    { label: "2012-01 browser-saved", url: `${HN}3412900`, storyId: 3412900, title: "Ask HN: Who is Hiring? (January 2012)", topLevel: 151 },
    { label: "2016-10 raw source", url: `${HN}12627852`, storyId: 12627852, title: "Ask HN: Who is hiring? (October 2016)", topLevel: 142 },
    { label: "2018-03 curl, one page", url: `${HN}16492994`, storyId: 16492994, title: "Ask HN: Who is hiring? (March 2018)", topLevel: 880 },
    { label: "2018-05 curl p=1", url: `${HN}16967543`, storyId: 16967543, title: "Ask HN: Who is hiring? (May 2018)", topLevel: 201 },
    { label: "2018-05 curl p=5, past the end", url: `${HN}16967543&p=5`, storyId: 16967543, title: "Ask HN: Who is hiring? (May 2018)", topLevel: 3 },
    { label: "2018-06 curl p=3, repeats p=2", url: `${HN}17205865&p=3`, storyId: 17205865, title: "Ask HN: Who is hiring? (June 2018)", topLevel: 252 },
  ])("$label: story, row count of the manifest, top-level count", ({ url, storyId, title, topLevel }) => {
    const { page, noteRows } = recordedPage(url);
    expect(page.storyId).toBe(storyId);
    expect(page.storyTitle).toBe(title);
    expect(page.totalCommentRows).toBe(noteRows);
    expect(page.comments).toHaveLength(topLevel);
    expect(page.comments.every((comment) => comment.parent === storyId && comment.type === "comment")).toBe(true);
    expect(new Set(page.comments.map((comment) => comment.id)).size).toBe(topLevel);
  });

  it("reads a browser-saved comment into the item API's text form", () => {
    const { page } = recordedPage(`${HN}3412900`);
    const first = page.comments[0];
    expect(first).toMatchObject({ id: 3413232, by: "ecaron", time: Date.UTC(2012, 0, 1) / 1000, dead: false, deleted: false });
    expect(first?.text).toMatch(/^Month after month, the same companies list the same opening here \(with probably 30% shift\.\) I would love to know if the companies that relist aren&#x27;t getting applicants/);
    expect(first?.text).toContain("grow.<p>Also, are any HNers getting hired from these threads?");
    expect(first?.text).not.toMatch(/<\/p>|<span|reply|<font/);
  });

  it("reads a curl page's comment as served, with its age taken against servedAt", () => {
    const { page, servedAt } = recordedPage(`${HN}16967543`);
    const first = page.comments[0];
    expect(first).toMatchObject({ id: 16970179, by: "mnisjk2", dead: false, deleted: false });
    expect(first?.time).toBe(servedAt.getTime() / 1000 - 27 * DAY);
    expect(first?.text).toMatch(/^Privacy\.com \| Web lead &#x2F; Full stack JS Engineer &#x2F; Senior Frontend Engineer \| FULL-TIME \| New York, NY/);
    expect(first?.text).toContain('<a href="https:&#x2F;&#x2F;angel.co&#x2F;privacy-com&#x2F;jobs&#x2F;359486-full-stack-js-engineer" rel="nofollow">');
    expect(first?.text).toContain("<p><pre><code>  - Medical&#x2F;dental&#x2F;vision coverage\n");
  });

  it("flags dead comments: [dead] with the cdd colour, [flagged] in the comhead, and the bare [flagged] placeholder", () => {
    const july2012 = recordedPage(`${HN}4184755`).page.comments;
    expect(july2012.find((comment) => comment.id === 4187016)).toMatchObject({ by: "cybernytrix", dead: true, deleted: false });
    expect(july2012.find((comment) => comment.id === 4187016)?.text).toMatch(/^SF, H1B ok\nAbout us:/);

    const march2018 = recordedPage(`${HN}16492994`).page.comments;
    expect(march2018.find((comment) => comment.id === 16500485)).toMatchObject({ by: "pigiuz", dead: true });
    expect(march2018.find((comment) => comment.id === 16500485)?.text).toMatch(/^SuperAwesome \| FullStack engineer \| London/);
    expect(march2018.find((comment) => comment.id === 16495257)).toMatchObject({ by: "humbleMouse", text: null, dead: true, deleted: false });
    expect(march2018.filter((comment) => comment.dead)).toHaveLength(4);
  });

  it("marks a deleted comment with neither author nor text", () => {
    const { page } = recordedPage(`${HN}4184755`);
    expect(page.comments.find((comment) => comment.id === 4184791)).toMatchObject({ by: null, text: null, deleted: true, dead: false });
  });

  test.each([
    { url: `${HN}16967543`, next: `${HN}16967543&p=2` },
    { url: `${HN}16967543&p=4`, next: `${HN}16967543&p=5` },
    { url: `${HN}16967543&p=5`, next: null },
    { url: `${HN}17205865&p=3`, next: null },
    { url: `${HN}16492994`, next: null },
  ])("nextPageUrl of $url is $next", ({ url, next }) => {
    expect(recordedPage(url).page.nextPageUrl).toBe(next);
  });

  it("sees HN repeat page 2 past the last page", () => {
    const ids = (url: string) => recordedPage(url).page.comments.map((comment) => comment.id);
    expect(ids(`${HN}17205865&p=3`)).toEqual(ids(`${HN}17205865&p=2`));
  });

  it("also counts replies the saver had collapsed, which the manifest note leaves out", () => {
    // 2018-02 holds 54 `noshow` reply rows; HN's own header says "1092 comments".
    const { page, noteRows } = recordedPage(`${HN}16282819`);
    expect(noteRows).toBe(1038);
    expect(page.totalCommentRows).toBe(1092);
  });
});

describe("parseHnThreadPage on the newer markup (fixture)", () => {
  const html = readFileSync(path.resolve("tests/fixtures/hn/newer-markup-thread.html"), "utf8");
  const servedAt = new Date("2024-06-03T17:00:00Z");
  const page = parseHnThreadPage(html, { pageUrl: `${HN}40563283`, servedAt });

  it("keeps indent=0 rows only and resolves the morelink", () => {
    expect(page).toMatchObject({ storyId: 40563283, storyTitle: "Ask HN: Who is hiring? (June 2024)", totalCommentRows: 4 });
    expect(page.comments.map((comment) => comment.id)).toEqual([40563600, 40563650, 40563700]);
    expect(page.nextPageUrl).toBe(`${HN}40563283&p=2`);
  });

  it("reads div.commtext with closed paragraphs into the item API form and the exact time of the title", () => {
    expect(page.comments[0]).toEqual({
      id: 40563600,
      by: "acme_cto",
      time: 1717427110,
      text: 'Acme Robotics | ML Engineer | Berlin | ONSITE<p>We train perception models with PyTorch &amp; JAX, and we&#x27;re &quot;boring&quot; about MLOps.<p>Apply: <a href="https:&#x2F;&#x2F;acme.example&#x2F;jobs?team=ml&amp;src=hn" rel="nofollow">https:&#x2F;&#x2F;acme.example&#x2F;jobs?team=ml&amp;src=hn</a>',
      parent: 40563283,
      type: "comment",
      dead: false,
      deleted: false,
    });
  });

  it("marks the deleted and the dead comment", () => {
    expect(page.comments[1]).toMatchObject({ id: 40563650, by: null, text: null, deleted: true, time: 1717427400 });
    expect(page.comments[2]).toMatchObject({ id: 40563700, by: "spamco", dead: true, deleted: false, text: "Earn $$$ from home, no experience needed" });
    expect(page.comments[2]?.time).toBe(servedAt.getTime() / 1000 - 45 * 60);
  });
});

describe("commentTimeFromAge", () => {
  const servedAt = new Date("2018-05-29T12:00:00Z");
  const served = servedAt.getTime() / 1000;
  test.each([
    { age: "on Jan 1, 2012", title: undefined, expected: Date.UTC(2012, 0, 1) / 1000 },
    { age: "on Sept 30, 2015", title: undefined, expected: Date.UTC(2015, 8, 30) / 1000 },
    { age: "on June 1, 2016", title: undefined, expected: Date.UTC(2016, 5, 1) / 1000 },
    { age: "75 days ago", title: undefined, expected: served - 75 * DAY },
    { age: "1 day ago", title: undefined, expected: served - DAY },
    { age: "1 minute ago", title: undefined, expected: served - 60 },
    { age: "6 hours ago", title: undefined, expected: served - 6 * 3600 },
    { age: "11 months ago", title: undefined, expected: served - 11 * 30 * DAY },
    { age: "2 hours ago", title: "2023-05-01T15:02:30", expected: Date.UTC(2023, 4, 1, 15, 2, 30) / 1000 },
    { age: "2 hours ago", title: "2024-06-03T15:05:10 1717427110", expected: 1717427110 },
    { age: "a while back", title: undefined, expected: null },
  ])("$age (title $title)", ({ age, title, expected }) => {
    expect(commentTimeFromAge(age, title, servedAt)).toBe(expected);
  });
});

describe("toItemApiHtml", () => {
  test.each([
    { label: "Algolia's wrapped paragraphs", input: "<p>Montreal - PHP/MySQL</p><p>Don't</p>", expected: "Montreal - PHP&#x2F;MySQL<p>Don&#x27;t" },
    { label: "numeric entities", input: "<p>R&#38;D &#62; 5</p>", expected: "R&amp;D &gt; 5" },
    { label: "a leading code block keeps its <p>", input: "<p><pre><code>  x = 1\n</code></pre>", expected: "<p><pre><code>  x = 1\n</code></pre>" },
    { label: "links without rel stay without", input: '<a href="https://a.example">a</a>', expected: '<a href="https:&#x2F;&#x2F;a.example">a</a>' },
    { label: "item API text is unchanged", input: "A &amp; B<p><i>C</i> &quot;D&quot;", expected: "A &amp; B<p><i>C</i> &quot;D&quot;" },
  ])("$label", ({ input, expected }) => {
    expect(toItemApiHtml(input)).toBe(expected);
  });
});
