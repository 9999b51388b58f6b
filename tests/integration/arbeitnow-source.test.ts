import { describe, expect, it } from "vitest";
import { arbeitnowSource } from "@/scrapers/arbeitnow";
import { fixtureReplayServer } from "../helpers/replay";
import { sourceTestKit } from "../helpers/source-test-kit";

const FIRST_PAGE = "https://www.arbeitnow.com/api/job-board-api";
const NOW = new Date("2026-02-16T12:00:00Z");
const kit = sourceTestKit(arbeitnowSource, { now: NOW });
const { replayServer } = kit;

describe("Arbeitnow through the replay server", () => {
  it("ingests the 100 jobs of the recorded page, which has no next link", async () => {
    const summary = await kit.tick();
    expect(summary.status).toBe("ok");
    expect(summary.errors).toEqual([]);
    expect(summary.counts).toMatchObject({ fetched: 100, newCount: 100, failedCount: 0, skippedCount: 0 });
    expect(replayServer().requests.filter((r) => r.url.includes("job-board-api"))).toHaveLength(1);
    expect(kit.posting("recruiting-partner-projektbasis-remote-wutoschingen-469876")).toMatchObject({
      url: "https://www.arbeitnow.com/jobs/companies/global-treats-gmbh/recruiting-partner-projektbasis-remote-wutoschingen-469876",
      company: "Global Treats GmbH",
      title: "Recruiting Partner (m/w/d) -  Projektbasis (Remote)",
      locationText: "Wutöschingen",
      postedAt: new Date(1_771_162_285_000).toISOString(),
      month: "2026-02",
      board: null,
    });
  });

  it("never claims the whole listing for a page, and asks for no interval", async () => {
    const [page, ...rest] = await kit.batchesFrom(replayServer());
    expect(rest).toEqual([]);
    expect(page).toMatchObject({ complete: false, board: null });
    expect(page?.requestedIntervalMs).toBeUndefined();
  });

  it("fails the run when the API answers 503", async () => {
    replayServer().setFaults([{ match: "arbeitnow.com/api", kind: "status", status: 503 }]);
    const summary = await kit.tickOn(replayServer(), { retries: 1 });
    expect(summary.status).toBe("failed");
    expect(summary.errors).toEqual([expect.objectContaining({ url: FIRST_PAGE, kind: "http", status: 503 })]);
  });
});

describe("Arbeitnow with hand-made pages linked by links.next", () => {
  const fixture = fixtureReplayServer("arbeitnow");

  it("follows next on Arbeitnow's host only, skipping a repeated job and a job with a bad date", async () => {
    const summary = await kit.tickOn(fixture());
    expect(fixture().requests.map((r) => r.url).filter((url) => !url.endsWith("robots.txt"))).toEqual([FIRST_PAGE, `${FIRST_PAGE}?page=2`]);
    expect(summary.status).toBe("ok");
    expect(summary.counts).toMatchObject({ fetched: 3, newCount: 3 });
    expect(summary.skipped).toEqual({ duplicate: 1, invalid: 1 });
    expect(summary.errors).toEqual([{ url: `${FIRST_PAGE}?page=2`, kind: "invalid", status: null, message: expect.stringMatching(/job 2: .*created_at/) }]);
  });

  it("keeps page 1 when page 2 answers 503: the run is partial", async () => {
    fixture().setFaults([{ match: "page=2", kind: "status", status: 503 }]);
    const summary = await kit.tickOn(fixture(), { retries: 1 });
    expect(summary.status).toBe("partial");
    expect(summary.counts).toMatchObject({ fetched: 2, failedCount: 1 });
    expect(summary.errors).toEqual([expect.objectContaining({ url: `${FIRST_PAGE}?page=2`, status: 503 })]);
  });
});
