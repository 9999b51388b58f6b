import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rawDocuments, scrapeRuns } from "@/db/schema";
import { getMonthlyFrameworkCounts } from "@/db/queries/trends";
import { hnSource } from "@/scrapers/hn";
import { sourceTestKit } from "../helpers/source-test-kit";

const NOW = new Date("2026-11-26T12:00:00Z");
const kit = sourceTestKit(hnSource, { now: NOW });
const { replayServer, postingCount } = kit;
const scrape = (options: { from?: string; to?: string }, lines: string[] = []) => kit.tick({ options, lines });

describe("Hacker News scrape through the replay server", () => {
  it("ingests the 2026 threads from Algolia JSON with a progress line per thread", async () => {
    const lines: string[] = [];
    const summary = await scrape({ from: "2026-01" }, lines);
    expect(summary.status).toBe("ok");
    expect(lines.filter((l) => /^hn: 2026-\d\d thread \d+ \(algolia, 1 page\): \d+ postings/.test(l))).toHaveLength(5);
    const months = getMonthlyFrameworkCounts(kit.db(), { source: "hn" });
    expect(months.map((m) => m.month)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]);
    // The recorded threads hold 264/421/332/350/290 top-level comments; a few are not job posts.
    const recorded = [264, 421, 332, 350, 290];
    months.forEach((m, i) => {
      expect(m.postings).toBeLessThanOrEqual(recorded[i]!);
      expect(m.postings).toBeGreaterThan(recorded[i]! * 0.9);
      expect(m.pytorch).toBeGreaterThan(0);
    });
    expect(summary.counts.newCount).toBe(postingCount());
    const run = kit.db().select().from(scrapeRuns).where(eq(scrapeRuns.id, summary.runId)).get();
    expect(run).toMatchObject({ status: "ok", newCount: summary.counts.newCount, fetched: summary.counts.fetched });
  });

  it("adds nothing on a rerun, and asks conditionally for what it already has", async () => {
    await scrape({ from: "2026-01" });
    const before = { postings: postingCount(), raw: kit.db().select({ n: count() }).from(rawDocuments).get()?.n };
    replayServer().requests.length = 0;
    const again = await scrape({ from: "2026-01" });
    expect(again.status).toBe("ok");
    expect(again.counts.newCount).toBe(0);
    expect(again.counts.updatedCount).toBe(0);
    expect(postingCount()).toBe(before.postings);
    expect(kit.db().select({ n: count() }).from(rawDocuments).get()?.n).toBe(before.raw);
    const threadRequests = replayServer().requests.filter((r) => r.url.includes("/items/"));
    expect(threadRequests.every((r) => r.headers["if-none-match"] && r.status === 304)).toBe(true);
  });

  it("fails only the truncated thread, records the run as partial, and the next run picks it up", async () => {
    replayServer().setFaults([{ match: "items/47219668", kind: "truncate" }]);
    const partial = await scrape({ from: "2026-01" });
    expect(partial.status).toBe("partial");
    expect(partial.counts.failedCount).toBe(1);
    expect(partial.errors[0]).toMatchObject({ url: "https://hn.algolia.com/api/v1/items/47219668", kind: "parse" });
    expect(getMonthlyFrameworkCounts(kit.db(), { source: "hn" }).map((m) => m.month)).toEqual(["2026-01", "2026-02", "2026-04", "2026-05"]);

    replayServer().setFaults([]);
    const healed = await scrape({ from: "2026-01" });
    expect(healed.status).toBe("ok");
    expect(healed.counts.newCount).toBeGreaterThan(300);
    expect(getMonthlyFrameworkCounts(kit.db(), { source: "hn" }).map((m) => m.month)).toContain("2026-03");
  });

  it("retries a thread answered with 429 and still ingests it", async () => {
    replayServer().setFaults([{ match: "items/46466074", kind: "rate-limit", retryAfter: 1, times: 1 }]);
    const summary = await scrape({ from: "2026-01", to: "2026-01" });
    expect(summary.status).toBe("ok");
    expect(replayServer().requests.filter((r) => r.url.endsWith("items/46466074")).map((r) => r.status)).toEqual([429, 200]);
    expect(postingCount()).toBeGreaterThan(240);
  });

  it("reads older threads from the HN pages, following the More link page by page", async () => {
    const lines: string[] = [];
    const summary = await scrape({ from: "2018-05", to: "2018-06" }, lines);
    expect(summary.status).toBe("ok");
    const pages = replayServer().requests.filter((r) => r.url.includes("news.ycombinator.com/item")).map((r) => r.url.replace("https://news.ycombinator.com/", ""));
    expect(pages).toEqual([
      "item?id=16967543",
      "item?id=16967543&p=2",
      "item?id=16967543&p=3",
      "item?id=16967543&p=4",
      "item?id=16967543&p=5",
      "item?id=17205865",
      "item?id=17205865&p=2",
    ]);
    const months = getMonthlyFrameworkCounts(kit.db(), { source: "hn" });
    expect(months.map((m) => m.month)).toEqual(["2018-05", "2018-06"]);
    for (const month of months) expect(month.postings).toBeGreaterThan(300);
  });

  it("obeys robots.txt: disallowed thread pages fail without being requested", async () => {
    replayServer().setFaults([{ match: "news.ycombinator.com", kind: "robots-disallow", disallow: "/item" }]);
    const summary = await scrape({ from: "2018-03", to: "2018-04" });
    expect(summary.status).toBe("failed");
    expect(summary.errors.map((e) => e.kind)).toEqual(["robots", "robots"]);
    expect(replayServer().requests.filter((r) => r.url.includes("news.ycombinator.com/item"))).toHaveLength(0);
    expect(postingCount()).toBe(0);
  });

  it("records a failed run when the thread listing cannot be read", async () => {
    replayServer().setFaults([{ match: "search_by_date", kind: "status", status: 503 }]);
    const summary = await kit.tickOn(replayServer(), { retries: 1 });
    expect(summary.status).toBe("failed");
    expect(summary.errors[0]).toMatchObject({ kind: "http" });
    expect(kit.db().select().from(scrapeRuns).all().map((r) => r.status)).toEqual(["failed"]);
  });
});
