import { describe, expect, it } from "vitest";
import { jobicySource, JOBICY_URL } from "@/scrapers/jobicy";
import { fixtureReplayServer, sourceRequests } from "../helpers/replay";
import { singleFeedScenarios } from "../helpers/single-feed-scenarios";
import { sourceTestKit } from "../helpers/source-test-kit";

const NOW = new Date("2026-07-12T12:00:00Z");
const RECORDED_JOBS = 4;
const kit = sourceTestKit(jobicySource, { now: NOW });
const { replayServer } = kit;

describe("Jobicy through the replay server", () => {
  it("ingests the recorded jobs, keyed by their ids", async () => {
    const summary = await kit.tick();
    const invalid = summary.skipped.invalid ?? 0;
    expect(summary.status).toBe("ok");
    expect(summary.counts.newCount).toBe(RECORDED_JOBS - invalid);
    expect(summary.errors).toHaveLength(invalid);
    expect(summary.skipped).toEqual({});
    expect(sourceRequests(replayServer()).map((request) => request.url)).toEqual([JOBICY_URL]);
    expect(kit.rows().map((row) => row.sourceId).sort()).toEqual(["145878", "145880", "145885", "146002"]);
    expect(kit.rows().find((row) => row.sourceId === "146002")).toMatchObject({
      url: "https://jobicy.com/jobs/146002-senior-content-marketing-manager-narrative-comms",
      locationText: "EMEA, LATAM, Canada, USA",
      postedAt: "2026-07-10T19:25:02.000Z",
      month: "2026-07",
      board: null,
    });
  });

  singleFeedScenarios(kit, { url: JOBICY_URL, match: "jobicy.com/api", recordedJobs: RECORDED_JOBS });
});

describe("Jobicy against a hand-made response", () => {
  const fixture = fixtureReplayServer("jobicy");

  it("skips and reports the invalid job, and keeps one of a repeated job", async () => {
    const summary = await kit.tickOn(fixture());
    expect(summary.status).toBe("ok");
    expect(summary.counts.newCount).toBe(2);
    expect(summary.skipped).toEqual({ invalid: 1, duplicate: 1 });
    expect(summary.errors).toEqual([{ url: JOBICY_URL, kind: "invalid", status: null, message: expect.stringMatching(/^job 2: invalid jobicy record \(id:/) }]);
    expect(kit.rows().map((row) => row.sourceId).sort()).toEqual(["1", "2"]);
  });
});
