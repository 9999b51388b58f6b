import { describe, expect, it } from "vitest";
import { HttpError } from "@/lib/http/errors";
import { testHttpClient } from "../helpers/http";
import { replayServerForFile } from "../helpers/replay";

const SEARCH_URL =
  "https://hn.algolia.com/api/v1/search_by_date?page=0&query=hiring&tags=story%2C%28author__whoishiring%2C+author_whoishiring%29";
const THREAD_JSON = "https://hn.algolia.com/api/v1/items/2396027";

const replayServer = replayServerForFile();
const realRequests = (fragment: string) => replayServer().requests.filter((r) => r.url.includes(fragment));

describe("HttpClient against the replay server", () => {
  it("maps the real URL onto the replay server and sends an honest User-Agent", async () => {
    const http = testHttpClient(replayServer().url);
    const response = await http.get(SEARCH_URL, { source: "hn" });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).hits).toHaveLength(20);
    const logged = realRequests("search_by_date")[0];
    expect(logged?.url).toBe(SEARCH_URL);
    expect(logged?.headers["user-agent"]).toMatch(/^FrameworkPulse\/0\.1 \(\+https:\/\/example\.test\/contact/);
    await http.close();
  });

  it("retries a 429 after its Retry-After and then succeeds", async () => {
    replayServer().setFaults([{ match: "items/2396027", kind: "rate-limit", retryAfter: 1, times: 1 }]);
    const http = testHttpClient(replayServer().url);
    const response = await http.get(THREAD_JSON, { source: "hn" });
    expect(response.status).toBe(200);
    const attempts = realRequests("items/2396027");
    expect(attempts.map((a) => a.status)).toEqual([429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(1000);
    await http.close();
  });

  it("retries 5xx with backoff but never a 404", async () => {
    replayServer().setFaults([{ match: "items/2396027", kind: "status", status: 503, times: 2 }]);
    const http = testHttpClient(replayServer().url);
    expect((await http.get(THREAD_JSON, { source: "hn" })).status).toBe(200);
    expect(realRequests("items/2396027").map((a) => a.status)).toEqual([503, 503, 200]);

    const missing = "https://hn.algolia.com/api/v1/items/1";
    const error = await http.get(missing, { source: "hn" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ url: missing, source: "hn", status: 404, kind: "http" });
    expect(realRequests("items/1")).toHaveLength(1);
    await http.close();
  });

  it("gives up after the configured retries with a typed error", async () => {
    replayServer().setFaults([{ match: "items/2396027", kind: "status", status: 500 }]);
    const http = testHttpClient(replayServer().url, { retries: 2 });
    await expect(http.get(THREAD_JSON, { source: "hn" })).rejects.toMatchObject({ status: 500, kind: "http", source: "hn" });
    expect(realRequests("items/2396027")).toHaveLength(3);
    await http.close();
  });

  it("obeys a robots.txt that disallows the path, without requesting it", async () => {
    replayServer().setFaults([{ match: "news.ycombinator.com", kind: "robots-disallow", disallow: "/item" }]);
    const http = testHttpClient(replayServer().url);
    const url = "https://news.ycombinator.com/item?id=16492994";
    await expect(http.get(url, { source: "hn" })).rejects.toMatchObject({ kind: "robots", url });
    expect(realRequests("item?id=")).toHaveLength(0);
    expect(realRequests("robots.txt")).toHaveLength(1);
    await http.close();
  });

  it("fetches robots.txt once per host", async () => {
    const http = testHttpClient(replayServer().url);
    await http.get(SEARCH_URL, { source: "hn" });
    await http.get(THREAD_JSON, { source: "hn" });
    expect(realRequests("hn.algolia.com/robots.txt")).toHaveLength(1);
    await http.close();
  });

  it("keeps a per-host pace between requests", async () => {
    const http = testHttpClient(replayServer().url, { forcePaceMs: undefined, paceMs: 300 });
    await Promise.all([http.get(SEARCH_URL, { source: "hn" }), http.get(THREAD_JSON, { source: "hn" })]);
    const [first, second] = replayServer().requests.filter((r) => !r.url.endsWith("robots.txt"));
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(290);
    await http.close();
  });

  it("sends the validators back and reports 304 as not modified", async () => {
    const http = testHttpClient(replayServer().url);
    const first = await http.get(THREAD_JSON, { source: "hn" });
    expect(first.validators.etag).toBeTruthy();
    const second = await http.get(THREAD_JSON, { source: "hn", validators: first.validators });
    expect(second.notModified).toBe(true);
    expect(second.body).toBe("");
    expect(realRequests("items/2396027").at(-1)?.headers["if-none-match"]).toBe(first.validators.etag);
    await http.close();
  });

  it("sends Last-Modified back as If-Modified-Since where a source gives no ETag, and reads the 304", async () => {
    const http = testHttpClient(replayServer().url);
    const first = await http.get(THREAD_JSON, { source: "hn" });
    expect(first.validators.lastModified).toBe("Mon, 25 Sep 2023 04:50:55 GMT");
    const second = await http.get(THREAD_JSON, { source: "hn", validators: { etag: null, lastModified: first.validators.lastModified } });
    expect(second).toMatchObject({ status: 304, notModified: true, body: "" });
    const sent = realRequests("items/2396027").at(-1)?.headers;
    expect(sent?.["if-modified-since"]).toBe(first.validators.lastModified);
    expect(sent?.["if-none-match"]).toBeUndefined();
    await http.close();
  });

  it("refuses a body over the size cap", async () => {
    const http = testHttpClient(replayServer().url, { maxBodyBytes: 64 * 1024 });
    await expect(http.get(THREAD_JSON, { source: "hn" })).rejects.toMatchObject({ kind: "too-large" });
    await http.close();
  });

  it("times out a stalled response and retries it", async () => {
    replayServer().setFaults([{ match: "items/2396027", kind: "delay", ms: 1500, times: 1 }]);
    const http = testHttpClient(replayServer().url, { timeoutMs: 500 });
    const response = await http.get(THREAD_JSON, { source: "hn" });
    expect(response.status).toBe(200);
    expect(realRequests("items/2396027").length).toBeGreaterThanOrEqual(2);
    await http.close();
  });

  it("treats a connection reset as a retryable network error", async () => {
    replayServer().setFaults([{ match: "items/2396027", kind: "reset" }]);
    const http = testHttpClient(replayServer().url, { retries: 1 });
    await expect(http.get(THREAD_JSON, { source: "hn" })).rejects.toMatchObject({ kind: "network" });
    expect(realRequests("items/2396027")).toHaveLength(2);
    await http.close();
  });
});

describe("robots.txt that is briefly unreachable", () => {
  it("is asked again after a reset instead of shutting the host out", async () => {
    replayServer().setFaults([{ match: "hn.algolia.com/robots.txt", kind: "reset", times: 1 }]);
    const http = testHttpClient(replayServer().url);
    const response = await http.get(SEARCH_URL, { source: "hn" });
    expect(response.status).toBe(200);
    expect(realRequests("hn.algolia.com/robots.txt")).toHaveLength(2);
    await http.close();
  });

  it("still counts as disallowing everything when it stays unreachable", async () => {
    replayServer().setFaults([{ match: "hn.algolia.com/robots.txt", kind: "status", status: 503 }]);
    const http = testHttpClient(replayServer().url, { retries: 1 });
    await expect(http.get(SEARCH_URL, { source: "hn" })).rejects.toMatchObject({ kind: "robots" });
    expect(realRequests("search_by_date")).toHaveLength(0);
    await http.close();
  });
});
