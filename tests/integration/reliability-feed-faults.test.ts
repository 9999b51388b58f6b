import { and, eq, isNull } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { postings } from "@/db/schema";
import { ashbySource } from "@/scrapers/ashby";
import { hnSource } from "@/scrapers/hn";
import { remotiveSource } from "@/scrapers/remotive";
import { canonicalDump } from "../helpers/canonical-dump";
import { baselineCount, baselineOf, expectRecorded, expectWholeOrAbsent, runWithFaults, type Scenario } from "../helpers/fault-runs";
import { testHttpClient } from "../helpers/http";
import { replayServerForFile, sourceRequests } from "../helpers/replay";
import { checkedInConfig } from "../helpers/sources-config";
import { createTempDb } from "../helpers/temp-db";

// Faults at the source (issue 8, reliability 1): every run ends ok, partial or failed with its
// failures in scrape_runs.errors, a failed batch leaves no rows, and the next run stores what failed.

const replayServer = replayServerForFile();
let temp: ReturnType<typeof createTempDb>;
beforeEach(() => {
  temp = createTempDb();
});
afterEach(() => temp.cleanup());

const db = () => temp.db;
const requestsTo = (match: string) => sourceRequests(replayServer()).filter((request) => request.url.includes(match));

describe("Hacker News: three 2026 threads from Algolia JSON", () => {
  const JAN = "items/46466074";
  const FEB = "items/46857488";
  const MAR = "items/47219668";
  const hn: Scenario = { source: hnSource, options: { from: "2026-01", to: "2026-03" } };
  const baseline = baselineOf(replayServer, hn);

  it("rides out a 429 storm with Retry-After, a 502, a reset and a stalled body: ok, and exactly a clean run's rows", async () => {
    const faults = [
      { match: "hn.algolia.com/api", kind: "rate-limit", retryAfter: 1, times: 3 },
      { match: JAN, kind: "stall", ms: 5_000, times: 1 },
      { match: FEB, kind: "status", status: 502, times: 1 },
      { match: MAR, kind: "reset", times: 1 },
    ] as const;
    const summary = await runWithFaults(replayServer(), hn, { db: db(), faults: [...faults], httpConfig: { retries: 4 } });
    expectRecorded(db(), summary, "ok", []);
    expect(canonicalDump(db().$client)).toEqual(await baseline());
    const statuses = sourceRequests(replayServer()).map((request) => request.status);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
    expect(statuses).toContain(502);
    // Retry-After: 1 is honoured: no request to the host within a second of a 429.
    const log = sourceRequests(replayServer());
    log.forEach((request, i) => {
      if (request.status === 429 && log[i + 1]) expect(log[i + 1]!.at - request.at).toBeGreaterThanOrEqual(990);
    });
  });

  it("fails each thread whose fault outlasts the retries (reset, stall, truncated JSON), stores none of them, and the next run stores them", async () => {
    const faults = [
      { match: JAN, kind: "reset" },
      { match: FEB, kind: "stall", ms: 3_000 },
      { match: MAR, kind: "truncate" },
    ] as const;
    const failed = await runWithFaults(replayServer(), hn, { db: db(), faults: [...faults] });
    expectRecorded(db(), failed, "failed", ["network", "timeout", "parse"]);
    expect(failed.counts).toMatchObject({ newCount: 0, failedCount: 3 });
    expect(failed.errors.map((error) => error.url)).toEqual([JAN, FEB, MAR].map((item) => `https://hn.algolia.com/api/v1/${item}`));
    expectWholeOrAbsent(db(), await baseline(), "month", ["2026-01", "2026-02", "2026-03"]);

    const healed = await runWithFaults(replayServer(), hn, { db: db() });
    expectRecorded(db(), healed, "ok", []);
    expect(healed.counts.newCount).toBe((await baseline()).postings.length);
    expect(canonicalDump(db().$client)).toEqual(await baseline());
  });

  it("fails at once on a Retry-After beyond the cap and on a 503 storm, keeps the thread that read, and the next run adds exactly the rest", async () => {
    const faults = [
      { match: FEB, kind: "rate-limit", retryAfter: 3_600 },
      { match: MAR, kind: "status", status: 503 },
    ] as const;
    const started = Date.now();
    const partial = await runWithFaults(replayServer(), hn, { db: db(), faults: [...faults] });
    expect(Date.now() - started).toBeLessThan(20_000);
    expectRecorded(db(), partial, "partial", ["rate-limited", "http"]);
    expect(partial.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ status: 429, kind: "rate-limited" }), expect.objectContaining({ status: 503, kind: "http" })]),
    );
    // An hour's Retry-After is not waited for, nor retried: one request.
    expect(requestsTo(FEB)).toHaveLength(1);
    expect(requestsTo(MAR)).toHaveLength(3);
    expectWholeOrAbsent(db(), await baseline(), "month", ["2026-02", "2026-03"]);

    const healed = await runWithFaults(replayServer(), hn, { db: db() });
    expectRecorded(db(), healed, "ok", []);
    expect(healed.counts.newCount).toBe(baselineCount(await baseline(), "month", ["2026-02", "2026-03"]));
    expect(canonicalDump(db().$client)).toEqual(await baseline());
  });
});

describe("Hacker News: a 2018 thread read from its HTML pages", () => {
  const june: Scenario = { source: hnSource, options: { from: "2018-06", to: "2018-06" } };

  it("fails a thread whose page is cut short instead of storing the half it could read; the next run stores it whole", async () => {
    const failed = await runWithFaults(replayServer(), june, { db: db(), faults: [{ match: "item?id=17205865", kind: "truncate", times: 1 }] });
    expectRecorded(db(), failed, "failed", ["parse"]);
    expect(failed.errors[0]?.message).toMatch(/truncated|cut off/i);
    expect(await db().$count(postings)).toBe(0);

    const healed = await runWithFaults(replayServer(), june, { db: db() });
    expectRecorded(db(), healed, "ok", []);
    expect(healed.counts.newCount).toBeGreaterThan(300);
    expect(await db().$count(postings)).toBe(healed.counts.newCount);
  });
});

describe("Remotive: one feed, its whole listing", () => {
  const remotive: Scenario = { source: remotiveSource };
  const FEED = "remotive.com/api/remote-jobs";
  const openPostings = async () => await db().$count(postings, and(eq(postings.source, "remotive"), isNull(postings.closedAt)));

  it("fails a body over the size cap without retrying it, and the next run stores the feed", async () => {
    const failed = await runWithFaults(replayServer(), remotive, { db: db(), httpConfig: { maxBodyBytes: 100_000 } });
    expectRecorded(db(), failed, "failed", ["too-large"]);
    expect(failed.errors[0]?.message).toMatch(/cap is 100000/);
    expect(requestsTo(FEED)).toHaveLength(1);
    expect(await db().$count(postings)).toBe(0);

    const healed = await runWithFaults(replayServer(), remotive, { db: db() });
    expectRecorded(db(), healed, "ok", []);
    expect(healed.counts.newCount).toBe(31);
  });

  it("fails an HTML page served in place of the JSON as a content-type error, and closes none of the feed's open postings", async () => {
    await runWithFaults(replayServer(), remotive, { db: db() });
    expect(await openPostings()).toBe(31);
    const loginPage = "<!doctype html><html><body><h1>Please sign in to continue</h1></body></html>";
    const faults = [{ match: FEED, kind: "content-type", contentType: "text/html; charset=utf-8", body: loginPage }] as const;
    const failed = await runWithFaults(replayServer(), remotive, { db: db(), faults: [...faults] });
    expectRecorded(db(), failed, "failed", ["content-type"]);
    expect(failed.errors[0]?.message).toMatch(/text\/html/);
    expect(await openPostings()).toBe(31);
  });

  it("obeys a robots.txt that disallows the API: failed as robots, the feed never requested; the next run stores it", async () => {
    const failed = await runWithFaults(replayServer(), remotive, { db: db(), faults: [{ match: "remotive.com", kind: "robots-disallow", disallow: "/api" }] });
    expectRecorded(db(), failed, "failed", ["robots"]);
    expect(requestsTo(FEED)).toHaveLength(0);

    const healed = await runWithFaults(replayServer(), remotive, { db: db() });
    expect(healed.counts.newCount).toBe(31);
  });

  it("a robots.txt that could not be fetched blocks the site for a while, not for the life of the worker's client", async () => {
    // The worker (`npm run jobs`) keeps one HTTP client for all its runs.
    const http = testHttpClient(replayServer().url, { retries: 1, retryBaseMs: 10, robotsRetryMs: 0 });
    try {
      const blocked = await runWithFaults(replayServer(), remotive, { db: db(), http, faults: [{ match: "remotive.com/robots.txt", kind: "status", status: 503 }] });
      expectRecorded(db(), blocked, "failed", ["robots"]);
      const next = await runWithFaults(replayServer(), remotive, { db: db(), http });
      expectRecorded(db(), next, "ok", []);
      expect(next.counts.newCount).toBe(31);
    } finally {
      await http.close();
    }
  });
});

describe("Ashby: three boards", () => {
  const ashbyConfig = checkedInConfig("ashby");
  const ashby: Scenario = { source: ashbySource, config: { ...ashbyConfig, boards: ashbyConfig.boards.filter((board) => ["gimlet", "hcompany", "oumi"].includes(board.slug)) } };
  const baseline = baselineOf(replayServer, ashby);

  it("fails only the board in a 503 storm and the truncated one; the next run adds them; a later failure closes none of their jobs", async () => {
    const faults = [
      { match: "job-board/gimlet", kind: "status", status: 503 },
      { match: "job-board/oumi", kind: "truncate" },
    ] as const;
    const partial = await runWithFaults(replayServer(), ashby, { db: db(), faults: [...faults] });
    expectRecorded(db(), partial, "partial", ["http", "parse"]);
    expectWholeOrAbsent(db(), await baseline(), "board", ["gimlet", "oumi"]);

    const healed = await runWithFaults(replayServer(), ashby, { db: db() });
    expectRecorded(db(), healed, "ok", []);
    expect(healed.counts.newCount).toBe(baselineCount(await baseline(), "board", ["gimlet", "oumi"]));
    expect(canonicalDump(db().$client)).toEqual(await baseline());

    const again = await runWithFaults(replayServer(), ashby, { db: db(), faults: [{ match: "job-board/gimlet", kind: "status", status: 503 }] });
    expectRecorded(db(), again, "partial", ["http"]);
    expect(again.counts.closedCount).toBe(0);
    expect(canonicalDump(db().$client)).toEqual(await baseline());
  });

  it("reads a board whose JSON is mislabelled text/plain, and fails the one answered with an HTML error page", async () => {
    const faults = [
      { match: "job-board/gimlet", kind: "content-type", contentType: "text/plain" },
      { match: "job-board/oumi", kind: "content-type", contentType: "text/html", body: "<html><body>502 Bad Gateway</body></html>" },
    ] as const;
    const partial = await runWithFaults(replayServer(), ashby, { db: db(), faults: [...faults] });
    expectRecorded(db(), partial, "partial", ["content-type"]);
    expectWholeOrAbsent(db(), await baseline(), "board", ["oumi"]);
  });
});
