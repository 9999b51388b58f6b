import { describe, expect, it } from "vitest";
import { workingnomadsSource, WORKINGNOMADS_URL } from "@/scrapers/workingnomads";
import { fixtureReplayServer, sourceRequests } from "../helpers/replay";
import { sourceTestKit } from "../helpers/source-test-kit";

const NOW = new Date("2026-09-15T12:00:00Z");
const RECORDED_JOBS = 4;
const kit = sourceTestKit(workingnomadsSource, { now: NOW });
const { replayServer } = kit;

describe("Working Nomads through the replay server", () => {
  it("ingests the recorded jobs, keyed by the number in their URLs", async () => {
    const summary = await kit.tick();
    const invalid = summary.skipped.invalid ?? 0;
    expect(summary.status).toBe("ok");
    expect(summary.counts.newCount).toBe(RECORDED_JOBS - invalid);
    expect(summary.errors).toHaveLength(invalid);
    expect(summary.skipped).toEqual({});
    expect(sourceRequests(replayServer()).map((request) => request.url)).toEqual([WORKINGNOMADS_URL]);
    expect(kit.rows().map((row) => row.sourceId).sort()).toEqual(["1712616", "1713292", "1719508", "1719512"]);
    expect(kit.rows().find((row) => row.sourceId === "1719512")).toMatchObject({
      url: "https://www.workingnomads.com/job/go/1719512/",
      company: "Peroptyx",
      postedAt: "2026-07-10T13:24:39.000Z",
      month: "2026-07",
      board: null,
    });
  });

  it("adds nothing on a rerun, asking conditionally", async () => {
    await kit.tick();
    replayServer().requests.length = 0;
    const again = await kit.tick();
    expect(again.status).toBe("ok");
    expect(again.counts).toMatchObject({ newCount: 0, updatedCount: 0 });
    expect(kit.postingCount()).toBe(RECORDED_JOBS);
    expect(sourceRequests(replayServer()).map((request) => [request.status, Boolean(request.headers["if-none-match"])])).toEqual([[304, true]]);
  });

  it("fails the run on a 503, naming the URL", async () => {
    replayServer().setFaults([{ match: "workingnomads.com/api", kind: "status", status: 503 }]);
    const summary = await kit.tickOn(replayServer(), { retries: 1 });
    expect(summary.status).toBe("failed");
    expect(summary.errors).toEqual([expect.objectContaining({ url: WORKINGNOMADS_URL, kind: "http", status: 503 })]);
    expect(kit.postingCount()).toBe(0);
  });

  it("fails the run on a truncated body with a parse error", async () => {
    replayServer().setFaults([{ match: "workingnomads.com/api", kind: "truncate" }]);
    const summary = await kit.tick();
    expect(summary.status).toBe("failed");
    expect(summary.errors).toEqual([expect.objectContaining({ url: WORKINGNOMADS_URL, kind: "parse" })]);
    expect(kit.postingCount()).toBe(0);
  });
});

describe("Working Nomads against a hand-made list", () => {
  const fixture = fixtureReplayServer("workingnomads");

  it("skips and reports the invalid job; files by the UTC month, or the run's month when undated", async () => {
    const summary = await kit.tickOn(fixture());
    expect(summary.status).toBe("ok");
    expect(summary.skipped).toEqual({ invalid: 1 });
    expect(summary.errors).toEqual([{ url: WORKINGNOMADS_URL, kind: "invalid", status: null, message: expect.stringMatching(/^job 2: invalid workingnomads record \(url:/) }]);
    const filed = kit.rows().map((row) => ({ sourceId: row.sourceId, month: row.month, postedAt: row.postedAt }));
    expect(filed.sort((a, b) => a.sourceId.localeCompare(b.sourceId))).toEqual([
      // 22:30 on 31 July in New York is already August in UTC.
      { sourceId: "101", month: "2026-08", postedAt: "2026-08-01T02:30:00.000Z" },
      { sourceId: "102", month: "2026-09", postedAt: NOW.toISOString() },
    ]);
  });
});
