import { describe, expect, it } from "vitest";
import { workingnomadsSource, WORKINGNOMADS_URL } from "@/scrapers/workingnomads";
import { fixtureReplayServer, sourceRequests } from "../helpers/replay";
import { singleFeedScenarios } from "../helpers/single-feed-scenarios";
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

  singleFeedScenarios(kit, { url: WORKINGNOMADS_URL, match: "workingnomads.com/api", recordedJobs: RECORDED_JOBS });
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
