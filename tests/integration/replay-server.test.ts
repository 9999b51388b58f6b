import { readFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { createReplayServer, type ReplayServer } from "@/lib/replay/server";
import { toReplayUrl } from "@/lib/replay/url-mapping";

const SNAPSHOT_DIR = path.resolve(process.env.PULSE_SNAPSHOT ?? "../shared/snapshot");

type RawEntry = { url: string; file: string; status: number; contentType: string; recordedAt: string };
const ALGOLIA_PAGE_0 =
  "https://hn.algolia.com/api/v1/search_by_date?page=0&query=hiring&tags=story%2C%28author__whoishiring%2C+author_whoishiring%29";
const ALGOLIA_PAGE_0_REORDERED =
  "https://hn.algolia.com/api/v1/search_by_date?tags=story%2C%28author__whoishiring%2C+author_whoishiring%29&page=0&query=hiring";
const HN_MAY_2018 = "https://news.ycombinator.com/item?id=16967543";
const REMOTIVE = "https://remotive.com/api/remote-jobs";

let server: ReplayServer;
let manifest: RawEntry[];

beforeAll(async () => {
  manifest = JSON.parse(await readFile(path.join(SNAPSHOT_DIR, "manifest.json"), "utf8")) as RawEntry[];
  server = await createReplayServer({ snapshotDir: SNAPSHOT_DIR, port: 0 });
});
afterAll(() => server.close());
beforeEach(() => {
  server.setFaults([]);
  server.requests.length = 0;
});

const replay = (realUrl: string, init?: RequestInit) => fetch(toReplayUrl(realUrl, server.url), init);

async function recordedBody(realUrl: string): Promise<{ entry: RawEntry; bytes: Buffer }> {
  const entry = manifest.find((candidate) => candidate.url === realUrl);
  if (!entry) throw new Error(`test setup: ${realUrl} is not in the manifest`);
  return { entry, bytes: await readFile(path.join(SNAPSHOT_DIR, entry.file)) };
}

// Any URL parser resolves "..", so traversal attempts go out through node:http with the path as written.
function rawGet(target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: "127.0.0.1", port: server.port, path: target }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
  });
}

describe("recorded responses", () => {
  test("an Algolia URL returns the recorded bytes, status and content type", async () => {
    const { entry, bytes } = await recordedBody(ALGOLIA_PAGE_0);
    const res = await replay(ALGOLIA_PAGE_0);
    expect(res.status).toBe(entry.status);
    expect(res.headers.get("content-type")).toBe(entry.contentType);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect(res.headers.get("date")).toBe("Mon, 25 Sep 2023 04:50:51 GMT");
  });

  test("the same URL with its query parameters reordered gets the same body", async () => {
    const { bytes } = await recordedBody(ALGOLIA_PAGE_0);
    const res = await replay(ALGOLIA_PAGE_0_REORDERED);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  test("an HN page is dated at its recordedAt (midnight UTC for a bare date)", async () => {
    const { entry, bytes } = await recordedBody(HN_MAY_2018);
    expect(entry.recordedAt).toBe("2018-05-29");
    const res = await replay(HN_MAY_2018);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("date")).toBe("Tue, 29 May 2018 00:00:00 GMT");
    expect(res.headers.get("last-modified")).toBe("Tue, 29 May 2018 00:00:00 GMT");
    expect(Number(res.headers.get("content-length"))).toBe(bytes.length);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  test("an unknown URL is a 404 naming the real URL", async () => {
    const res = await replay("https://news.ycombinator.com/item?id=1");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ error: "not recorded", url: "https://news.ycombinator.com/item?id=1" });
  });

  test("robots.txt is not recorded, so it is a 404", async () => {
    const res = await replay("https://news.ycombinator.com/robots.txt");
    expect(res.status).toBe(404);
  });

  test.each([
    ["/news.ycombinator.com/../../../../etc/passwd"],
    ["/news.ycombinator.com/%2e%2e/%2e%2e/%2e%2e/etc/passwd"],
    ["/news.ycombinator.com/..%5c..%5c..%5cmanifest.json"],
    ["/../manifest.json"],
  ])("refuses the traversal %s with a 400", async (target) => {
    const { status, body } = await rawGet(target);
    expect(status).toBe(400);
    expect(body).toMatch(/traversal/);
    expect(body).not.toMatch(/root:|"fidelity"/);
    expect(server.requests.at(-1)?.status).toBe(400);
  });

  test("a matching If-None-Match gets a 304 without a body; a stale one gets the body", async () => {
    const first = await replay(HN_MAY_2018);
    const etag = first.headers.get("etag");
    await first.arrayBuffer();
    expect(etag).toMatch(/^"[^"]+"$/);

    const revalidated = await replay(HN_MAY_2018, { headers: { "If-None-Match": etag ?? "" } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(etag);
    expect(await revalidated.text()).toBe("");

    const stale = await replay(HN_MAY_2018, { headers: { "If-None-Match": '"something-else"' } });
    expect(stale.status).toBe(200);
    await stale.arrayBuffer();
  });

  test("If-Modified-Since at or after recordedAt gets a 304, before it the body", async () => {
    const notModified = await replay(HN_MAY_2018, { headers: { "If-Modified-Since": "Tue, 29 May 2018 00:00:00 GMT" } });
    expect(notModified.status).toBe(304);
    const modified = await replay(HN_MAY_2018, { headers: { "If-Modified-Since": "Mon, 28 May 2018 23:59:59 GMT" } });
    expect(modified.status).toBe(200);
    await modified.arrayBuffer();
  });

  test("logs each request with its real URL, status and headers", async () => {
    await (await replay(ALGOLIA_PAGE_0_REORDERED, { headers: { "User-Agent": "pulse-test/1" } })).arrayBuffer();
    await (await replay("https://example.com/nothing")).arrayBuffer();
    expect(server.requests.map(({ method, url, status }) => ({ method, url, status }))).toEqual([
      { method: "GET", url: ALGOLIA_PAGE_0_REORDERED, status: 200 },
      { method: "GET", url: "https://example.com/nothing", status: 404 },
    ]);
    expect(server.requests[0]?.headers["user-agent"]).toBe("pulse-test/1");
  });
});

describe("faults", () => {
  test("rate-limit answers 429 with Retry-After until its times are used up, then the real body", async () => {
    const { bytes } = await recordedBody(ALGOLIA_PAGE_0);
    server.setFaults([{ match: "hn.algolia.com", kind: "rate-limit", times: 2, retryAfter: 7 }]);
    for (let attempt = 0; attempt < 2; attempt++) {
      const limited = await replay(ALGOLIA_PAGE_0);
      expect(limited.status).toBe(429);
      expect(limited.headers.get("retry-after")).toBe("7");
      await limited.arrayBuffer();
    }
    const served = await replay(ALGOLIA_PAGE_0);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
  });

  test("status answers 503 for every matching URL and leaves others alone", async () => {
    server.setFaults([{ match: "search_by_date", kind: "status", status: 503 }]);
    for (let attempt = 0; attempt < 3; attempt++) {
      const failed = await replay(ALGOLIA_PAGE_0);
      expect(failed.status).toBe(503);
      await failed.arrayBuffer();
    }
    const other = await replay("https://hn.algolia.com/api/v1/items/2396027");
    expect(other.status).toBe(200);
    await other.arrayBuffer();
  });

  test("truncate serves the first half of the body with a matching Content-Length", async () => {
    const { bytes } = await recordedBody(REMOTIVE);
    server.setFaults([{ match: "remotive.com", kind: "truncate", times: 1 }]);
    const cut = await replay(REMOTIVE);
    const half = Math.floor(bytes.length / 2);
    expect(cut.status).toBe(200);
    expect(Number(cut.headers.get("content-length"))).toBe(half);
    const cutBytes = Buffer.from(await cut.arrayBuffer());
    expect(cutBytes.equals(bytes.subarray(0, half))).toBe(true);

    const whole = await replay(REMOTIVE);
    expect((await whole.arrayBuffer()).byteLength).toBe(bytes.length);
  });

  test("reset makes the fetch fail after the headers", async () => {
    server.setFaults([{ match: "news.ycombinator.com/item?id=16967543", kind: "reset", times: 1 }]);
    await expect(replay(HN_MAY_2018).then((res) => res.arrayBuffer())).rejects.toThrow();
    const recovered = await replay(HN_MAY_2018);
    expect(recovered.status).toBe(200);
    await recovered.arrayBuffer();
  });

  test("delay stalls the answer by at least its ms", async () => {
    server.setFaults([{ match: "remotive.com", kind: "delay", ms: 500, times: 1 }]);
    const started = performance.now();
    const res = await replay(REMOTIVE);
    const waited = performance.now() - started;
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(waited).toBeGreaterThanOrEqual(480);

    const quickStart = performance.now();
    await (await replay(REMOTIVE)).arrayBuffer();
    expect(performance.now() - quickStart).toBeLessThan(450);
  });

  test("stall sends the head and half the body, then waits its ms before the rest", async () => {
    const { bytes } = await recordedBody(REMOTIVE);
    server.setFaults([{ match: "remotive.com", kind: "stall", ms: 400, times: 1 }]);
    const res = await replay(REMOTIVE);
    expect(Number(res.headers.get("content-length"))).toBe(bytes.length);
    const reader = res.body!.getReader();
    const started = performance.now();
    const received: Uint8Array[] = [];
    const gaps: number[] = [];
    for (let last = started, chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      gaps.push(performance.now() - last);
      last = performance.now();
      received.push(chunk.value);
    }
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(350);
    expect(Buffer.concat(received).equals(bytes)).toBe(true);
  });

  test("content-type serves the recorded body, or a page of its own, under another type, even to a conditional request", async () => {
    const { bytes } = await recordedBody(REMOTIVE);
    const first = await replay(REMOTIVE);
    const etag = first.headers.get("etag") ?? "";
    await first.arrayBuffer();
    server.setFaults([
      { match: "remotive.com", kind: "content-type", contentType: "text/plain", times: 1 },
      { match: "remotive.com", kind: "content-type", contentType: "text/html", body: "<html>Sign in</html>", times: 1 },
    ]);
    const relabelled = await replay(REMOTIVE, { headers: { "if-none-match": etag } });
    expect([relabelled.status, relabelled.headers.get("content-type")]).toEqual([200, "text/plain"]);
    expect(Buffer.from(await relabelled.arrayBuffer()).equals(bytes)).toBe(true);
    const page = await replay(REMOTIVE, { headers: { "if-none-match": etag } });
    expect([page.status, page.headers.get("content-type"), page.headers.get("etag")]).toEqual([200, "text/html", null]);
    expect(await page.text()).toBe("<html>Sign in</html>");
  });

  test("robots-disallow serves a robots.txt for matching hosts only", async () => {
    server.setFaults([{ match: "news.ycombinator.com", kind: "robots-disallow", disallow: "/item" }]);
    const robots = await replay("https://news.ycombinator.com/robots.txt");
    expect(robots.status).toBe(200);
    expect(robots.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await robots.text()).toMatch(/^User-agent: \*\nDisallow: \/item\n?$/);

    expect((await replay("https://hn.algolia.com/robots.txt")).status).toBe(404);
    const page = await replay(HN_MAY_2018);
    expect(page.status).toBe(200);
    await page.arrayBuffer();
  });
});

describe("control endpoints", () => {
  test("PUT /__replay/faults installs valid faults and refuses invalid ones with a message", async () => {
    const put = (body: string) => fetch(`${server.url}/__replay/faults`, { method: "PUT", body });

    const invalid = await put(JSON.stringify([{ match: "remotive.com", kind: "explode" }]));
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: string }).error).toMatch(/kind/);

    const notJson = await put("[{");
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toMatch(/not valid JSON/);

    const ok = await put(JSON.stringify([{ match: "remotive.com", kind: "status", status: 502 }]));
    expect(ok.status).toBe(200);
    expect((await replay(REMOTIVE)).status).toBe(502);
  });

  test("GET /__replay/requests and /__replay/health", async () => {
    await (await replay("https://example.com/logged")).arrayBuffer();
    const log = (await (await fetch(`${server.url}/__replay/requests`)).json()) as Array<{ url: string; status: number }>;
    expect(log.map(({ url, status }) => ({ url, status }))).toEqual([{ url: "https://example.com/logged", status: 404 }]);

    const health = await fetch(`${server.url}/__replay/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, recorded: manifest.length });
  });
});
