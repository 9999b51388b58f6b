import { describe, expect, it } from "vitest";
import { postings } from "@/db/schema";
import { remotiveSource } from "@/scrapers/remotive";
import { fixtureReplayServer } from "../helpers/replay";
import { sourceTestKit } from "../helpers/source-test-kit";

const FEED_URL = "https://remotive.com/api/remote-jobs";
const NOW = new Date("2026-08-06T12:00:00Z");
const kit = sourceTestKit(remotiveSource, { now: NOW });
const { replayServer } = kit;

describe("Remotive through the replay server", () => {
  it("ingests the 31 recorded jobs with their company, place and date", async () => {
    const summary = await kit.tick();
    expect(summary.status).toBe("ok");
    expect(summary.errors).toEqual([]);
    expect(summary.skipped).toEqual({});
    expect(summary.counts).toMatchObject({ fetched: 31, newCount: 31, failedCount: 0 });
    expect(kit.posting("2091081")).toMatchObject({
      source: "remotive",
      board: null,
      url: "https://remotive.com/remote-jobs/design/senior-graphic-designer-2091081",
      company: "Lemon.io",
      title: "Senior Graphic Designer",
      locationText: "Americas, Europe, Asia, Africa, Oceania",
      postedAt: "2026-07-28T14:23:05.000Z",
      month: "2026-07",
    });
  });

  it("passes on the notice's 'max. 4 times a day' as a 6-hour interval, for the whole listing", async () => {
    const [batch, ...rest] = await kit.batchesFrom(replayServer());
    expect(rest).toEqual([]);
    expect(batch).toMatchObject({ requestedIntervalMs: 6 * 3_600_000, complete: true, board: null });
    expect(batch?.items).toHaveLength(31);
  });

  it("asks conditionally on a rerun and adds nothing", async () => {
    await kit.tick();
    const again = await kit.tick();
    expect(again.status).toBe("ok");
    expect(again.counts).toMatchObject({ fetched: 0, newCount: 0, updatedCount: 0 });
    const last = replayServer().requests.filter((r) => r.url === FEED_URL).at(-1);
    expect(last).toMatchObject({ status: 304, headers: { "if-none-match": expect.any(String) } });
  });

  it("fails the run when the feed answers 503", async () => {
    replayServer().setFaults([{ match: "remotive.com/api", kind: "status", status: 503 }]);
    const summary = await kit.tickOn(replayServer(), { retries: 1 });
    expect(summary.status).toBe("failed");
    expect(summary.errors).toEqual([expect.objectContaining({ url: FEED_URL, kind: "http", status: 503 })]);
    expect(kit.db().select().from(postings).all()).toEqual([]);
  });

  it("fails the batch as a parse error naming the URL when the body is cut off", async () => {
    replayServer().setFaults([{ match: "remotive.com/api", kind: "truncate" }]);
    const summary = await kit.tick();
    expect(summary.status).toBe("failed");
    expect(summary.errors[0]).toMatchObject({ url: FEED_URL, kind: "parse" });
  });
});

describe("Remotive with a hand-made feed holding a job without a title", () => {
  const fixture = fixtureReplayServer("remotive");

  it("skips the bad job, reports it, ingests the rest, and claims no whole listing", async () => {
    const summary = await kit.tickOn(fixture());
    const [batch] = await kit.batchesFrom(fixture());
    expect(summary.status).toBe("ok");
    expect(summary.counts).toMatchObject({ fetched: 1, newCount: 1, skippedCount: 1 });
    expect(summary.skipped).toEqual({ invalid: 1 });
    expect(summary.errors).toEqual([{ url: FEED_URL, kind: "invalid", status: null, message: expect.stringMatching(/job 1: .*title/) }]);
    expect(batch).toMatchObject({ requestedIntervalMs: 12 * 3_600_000, complete: false });
  });
});
