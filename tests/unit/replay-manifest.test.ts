import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createMatcher, loadManifest, type ManifestMatcher, type RecordedResponse } from "@/lib/replay/manifest";
import { fromReplayRequest, ReplayPathError, toReplayUrl } from "@/lib/replay/url-mapping";

const SNAPSHOT_DIR = path.resolve(process.env.PULSE_SNAPSHOT ?? "../shared/snapshot");
const ALGOLIA_PAGE_0 =
  "https://hn.algolia.com/api/v1/search_by_date?page=0&query=hiring&tags=story%2C%28author__whoishiring%2C+author_whoishiring%29";

let recorded: RecordedResponse[];
let match: ManifestMatcher;

beforeAll(async () => {
  recorded = await loadManifest(SNAPSHOT_DIR);
  match = createMatcher(recorded);
});

describe("loadManifest", () => {
  test("loads every entry with a body path inside the snapshot dir", () => {
    expect(recorded).toHaveLength(125);
    for (const entry of recorded) expect(entry.bodyPath.startsWith(SNAPSHOT_DIR + path.sep)).toBe(true);
  });

  test("a bare recordedAt date is midnight UTC, a date-time is kept", () => {
    const hnPage = recorded.find((entry) => entry.url === "https://news.ycombinator.com/item?id=16492994");
    const algolia = recorded.find((entry) => entry.url === ALGOLIA_PAGE_0);
    expect(hnPage?.recordedDate.toISOString()).toBe("2018-05-29T00:00:00.000Z");
    expect(algolia?.recordedDate.toISOString()).toBe("2023-09-25T04:50:51.000Z");
  });

  describe("with a broken snapshot dir", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), "replay-manifest-"));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    const entry = {
      url: "https://example.com/a",
      file: "example.com/a.json",
      status: 200,
      contentType: "application/json",
      recordedAt: "2020-01-01",
      fidelity: "exact",
      origin: "o",
      note: "n",
    };

    test.each([
      ["a missing dir", null, /snapshot dir not found/],
      ["a missing manifest", undefined, /no manifest\.json/],
      ["invalid JSON", "{", /not valid JSON/],
      ["a wrong field", JSON.stringify([{ ...entry, status: "200" }]), /invalid[\s\S]*status/],
      ["a file outside the dir", JSON.stringify([{ ...entry, file: "../../etc/passwd" }]), /outside the snapshot dir/],
    ])("rejects %s", async (_label, manifestText, message) => {
      const target = manifestText === null ? path.join(dir, "absent") : dir;
      await rm(path.join(dir, "manifest.json"), { force: true });
      if (typeof manifestText === "string") await writeFile(path.join(dir, "manifest.json"), manifestText);
      await expect(loadManifest(target)).rejects.toThrow(message);
    });
  });
});

describe("createMatcher on the real manifest", () => {
  test.each([
    ["the exact URL", ALGOLIA_PAGE_0, ALGOLIA_PAGE_0],
    [
      "reordered query parameters",
      "https://hn.algolia.com/api/v1/search_by_date?tags=story%2C%28author__whoishiring%2C+author_whoishiring%29&query=hiring&page=0",
      ALGOLIA_PAGE_0,
    ],
    [
      "the same parameters encoded differently",
      "https://hn.algolia.com/api/v1/search_by_date?query=hiring&page=0&tags=story,(author__whoishiring,%20author_whoishiring)",
      ALGOLIA_PAGE_0,
    ],
    ["an upper-case host", "https://HN.Algolia.com/api/v1/items/2396027", "https://hn.algolia.com/api/v1/items/2396027"],
    [
      "an Ashby board name in another case",
      "https://api.ashbyhq.com/posting-api/job-board/abridge?includeCompensation=true",
      "https://api.ashbyhq.com/posting-api/job-board/Abridge?includeCompensation=true",
    ],
    [
      "an Ashby board name in upper case",
      "https://api.ashbyhq.com/posting-api/job-board/LAMBDA?includeCompensation=true",
      "https://api.ashbyhq.com/posting-api/job-board/Lambda?includeCompensation=true",
    ],
    [
      "a path with & not percent-encoded",
      "https://raw.githubusercontent.com/ai-index-hai-stanford/AI-Index-2020/master/DATASETS/1.%20Research%20&%20Development/Stackoverflow/Frameworks/frameworks_questions_count.csv",
      "https://raw.githubusercontent.com/ai-index-hai-stanford/AI-Index-2020/master/DATASETS/1.%20Research%20%26%20Development/Stackoverflow/Frameworks/frameworks_questions_count.csv",
    ],
    ["HN page 2 with p first", "https://news.ycombinator.com/item?p=2&id=16967543", "https://news.ycombinator.com/item?id=16967543&p=2"],
  ])("matches %s", (_label, requested, expectedUrl) => {
    expect(match(requested)?.url).toBe(expectedUrl);
  });

  test.each([
    ["an unknown thread", "https://news.ycombinator.com/item?id=1"],
    ["a different parameter value", ALGOLIA_PAGE_0.replace("page=0", "page=99")],
    ["a missing parameter", "https://hn.algolia.com/api/v1/search_by_date?page=0&query=hiring"],
    ["an extra parameter", `${ALGOLIA_PAGE_0}&hitsPerPage=50`],
    ["a repeated parameter", "https://news.ycombinator.com/item?id=16967543&p=2&p=2"],
    ["a board without its query", "https://api.ashbyhq.com/posting-api/job-board/abridge"],
    ["another host", "https://example.com/api/v1/items/2396027"],
    ["not a URL", "news.ycombinator.com/item?id=16492994"],
  ])("gives null for %s", (_label, requested) => {
    expect(match(requested)).toBeNull();
  });
});

describe("createMatcher case-insensitive fallback", () => {
  const fake = (url: string): RecordedResponse => ({
    url,
    file: "x",
    bodyPath: "/x",
    status: 200,
    contentType: "application/json",
    recordedAt: "2020-01-01",
    recordedDate: new Date("2020-01-01T00:00:00Z"),
    fidelity: "exact",
    origin: "o",
    note: "n",
  });

  test("refuses to guess between two entries that differ only in case", () => {
    const ambiguous = createMatcher([fake("https://a.test/board/Foo"), fake("https://a.test/board/foo")]);
    expect(ambiguous("https://a.test/board/FOO")).toBeNull();
    expect(ambiguous("https://a.test/board/foo")?.url).toBe("https://a.test/board/foo");
  });

  test("keeps query values case-sensitive", () => {
    const single = createMatcher([fake("https://a.test/search?q=Torch")]);
    expect(single("https://a.test/SEARCH?q=Torch")?.url).toBe("https://a.test/search?q=Torch");
    expect(single("https://a.test/search?q=torch")).toBeNull();
  });
});

describe("url mapping", () => {
  const base = "http://127.0.0.1:4010";

  test.each([
    ["https://news.ycombinator.com/item?id=5", `${base}/news.ycombinator.com/item?id=5`],
    [ALGOLIA_PAGE_0, `${base}/hn.algolia.com/api/v1/search_by_date?${ALGOLIA_PAGE_0.split("?")[1]}`],
    ["https://remoteok.com", `${base}/remoteok.com/`],
    ["https://a.test/x?q=a>b&c='d'#frag", `${base}/a.test/x?q=a>b&c='d'`],
  ])("toReplayUrl(%s)", (realUrl, replayUrl) => {
    expect(toReplayUrl(realUrl, base)).toBe(replayUrl);
    expect(toReplayUrl(realUrl, `${base}/`)).toBe(replayUrl);
  });

  test.each([
    ["https://news.ycombinator.com/item?id=5"],
    [ALGOLIA_PAGE_0],
    ["https://a.test/x?q=a>b&c='d'&e=%2e%2e"],
  ])("fromReplayRequest undoes toReplayUrl for %s", (realUrl) => {
    const replayUrl = toReplayUrl(realUrl, base);
    expect(fromReplayRequest(replayUrl.slice(base.length))).toBe(realUrl);
  });

  test.each([
    ["/news.ycombinator.com/../../etc/passwd"],
    ["/news.ycombinator.com/%2e%2e/%2E%2E/etc/passwd"],
    ["/news.ycombinator.com/%252e%252e/etc/passwd"],
    ["/news.ycombinator.com/..%5c..%5cetc"],
    ["/news.ycombinator.com\\..\\etc"],
    ["/../etc/passwd"],
    ["/"],
    ["news.ycombinator.com/item"],
    ["/%zz/item"],
  ])("fromReplayRequest refuses %s", (target) => {
    expect(() => fromReplayRequest(target)).toThrow(ReplayPathError);
  });

  test("toReplayUrl refuses what is not an http(s) URL", () => {
    expect(() => toReplayUrl("ftp://a.test/x", base)).toThrow(ReplayPathError);
  });
});
