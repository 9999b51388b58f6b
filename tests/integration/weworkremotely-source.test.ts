import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rawDocuments } from "@/db/schema";
import { weworkremotelySource } from "@/scrapers/weworkremotely";
import { fixtureReplayServer } from "../helpers/replay";
import { sourceTestKit } from "../helpers/source-test-kit";

const FEED_URL = "https://weworkremotely.com/remote-jobs.rss";
const MATHMO = "https://weworkremotely.com/remote-jobs/mathmo-maths-coach";
const NOW = new Date("2026-07-11T12:00:00Z");
const kit = sourceTestKit(weworkremotelySource, { now: NOW });
const { replayServer } = kit;

describe("We Work Remotely through the replay server", () => {
  it("ingests the feed's 4 items, company and role split out of the title", async () => {
    const summary = await kit.tick();
    expect(summary.status).toBe("ok");
    expect(summary.errors).toEqual([]);
    expect(summary.counts).toMatchObject({ fetched: 4, newCount: 4, failedCount: 0, skippedCount: 0 });
    expect(kit.posting(MATHMO)).toMatchObject({
      url: MATHMO,
      applyUrl: MATHMO,
      company: "Mathmo",
      title: "Maths Coach",
      locationText: "Anywhere in the World",
      postedAt: "2026-07-10T22:45:30.000Z",
      month: "2026-07",
      board: null,
    });
    const raw = kit.db().select({ body: rawDocuments.body }).from(rawDocuments).where(eq(rawDocuments.sourceId, MATHMO)).get();
    expect(JSON.parse(raw?.body ?? "{}")).toMatchObject({
      title: "Mathmo: Maths Coach",
      "media:content": "https://wwr-pro.s3.amazonaws.com/logos/0171/5783/logo.gif",
      state: "London",
      pubDate: "Fri, 10 Jul 2026 22:45:30 +0000",
      description: expect.stringContaining("<strong>Headquarters:</strong>"),
    });
  });

  it("passes on the channel's 60-minute ttl, and never claims the whole listing", async () => {
    const [batch, ...rest] = await kit.batchesFrom(replayServer());
    expect(rest).toEqual([]);
    expect(batch).toMatchObject({ requestedIntervalMs: 3_600_000, complete: false, board: null });
  });

  it("fails the run when the feed answers 503", async () => {
    replayServer().setFaults([{ match: "remote-jobs.rss", kind: "status", status: 503 }]);
    const summary = await kit.tickOn(replayServer(), { retries: 1 });
    expect(summary.status).toBe("failed");
    expect(summary.errors).toEqual([expect.objectContaining({ url: FEED_URL, kind: "http", status: 503 })]);
  });
});

describe("We Work Remotely with a hand-made feed", () => {
  const fixture = fixtureReplayServer("weworkremotely");

  it("skips items without a link or with an unreadable date, keeps repeated elements, and reads the ttl", async () => {
    const summary = await kit.tickOn(fixture());
    const [batch] = await kit.batchesFrom(fixture());
    expect(summary.status).toBe("ok");
    expect(summary.counts).toMatchObject({ fetched: 1, newCount: 1 });
    expect(summary.skipped).toEqual({ invalid: 2 });
    expect(summary.errors.map((error) => error.message)).toEqual([expect.stringMatching(/^item 1: .*link/), expect.stringMatching(/^item 2: .*pubDate/)]);
    expect(batch?.requestedIntervalMs).toBe(30 * 60_000);
    expect(batch?.items[0]?.record).toMatchObject({ category: ["Programming", "DevOps"], country: "Germany" });
    expect(kit.posting("https://weworkremotely.com/remote-jobs/example-labs-ml-engineer")).toMatchObject({
      company: "Example Labs",
      title: "ML Engineer",
      locationText: "Europe Only, Germany",
      description: "Train models with PyTorch.",
    });
  });
});
