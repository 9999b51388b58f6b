import { describe, expect, it, test } from "vitest";
import { himalayasSource, nextPageOffset } from "@/scrapers/himalayas";
import { fixtureReplayServer, sourceRequests } from "../helpers/replay";
import { singleFeedScenarios } from "../helpers/single-feed-scenarios";
import { sourceTestKit } from "../helpers/source-test-kit";

const NOW = new Date("2026-07-12T12:00:00Z");
const FIRST_PAGE = "https://himalayas.app/jobs/api?limit=5";
const RECORDED_JOBS = 4;
const kit = sourceTestKit(himalayasSource, { now: NOW });
const { replayServer } = kit;

describe("Himalayas through the replay server", () => {
  it("ingests the recorded page's jobs from one request: the short page is the last", async () => {
    const summary = await kit.tick();
    const invalid = summary.skipped.invalid ?? 0;
    expect(summary.status).toBe("ok");
    expect(summary.counts.newCount).toBe(RECORDED_JOBS - invalid);
    expect(summary.errors).toHaveLength(invalid);
    expect(summary.skipped).toEqual({});
    expect(sourceRequests(replayServer()).map((request) => request.url)).toEqual([FIRST_PAGE]);
    expect(kit.rows().map((row) => ({ sourceId: row.sourceId, month: row.month, board: row.board }))).toContainEqual({
      sourceId: "https://himalayas.app/companies/nvidia/jobs/senior-system-software-engineer-nvsci",
      month: "2026-07",
      board: null,
    });
    expect(kit.rows().every((row) => row.url === row.sourceId && row.postedAt.startsWith("2026-07-11T"))).toBe(true);
  });

  singleFeedScenarios(kit, { url: FIRST_PAGE, match: "himalayas.app/jobs/api", recordedJobs: RECORDED_JOBS });
});

describe("Himalayas paging, against hand-made pages", () => {
  const fixture = fixtureReplayServer("himalayas");

  it("follows a full page to the short one, skipping and reporting the invalid job", async () => {
    const summary = await kit.tickOn(fixture());
    expect(sourceRequests(fixture()).map((request) => request.url)).toEqual([FIRST_PAGE, "https://himalayas.app/jobs/api?limit=5&offset=5"]);
    expect(summary.status).toBe("ok");
    expect(summary.counts.newCount).toBe(6);
    expect(summary.skipped).toEqual({ invalid: 1 });
    expect(summary.errors).toEqual([{ url: FIRST_PAGE, kind: "invalid", status: null, message: expect.stringMatching(/^job 3: invalid himalayas record \(pubDate:/) }]);
    expect(kit.rows().find((row) => row.title === "Platform Engineer")).toMatchObject({ locationText: null, month: "2026-07" });
  });
});

describe("nextPageOffset", () => {
  test.each([
    ["a short page is the last", { offset: 0, served: 4, limit: 5, totalCount: 100_371 }, null],
    ["a full page with more behind it", { offset: 0, served: 5, limit: 5, totalCount: 100_371 }, 5],
    ["a full page that reaches totalCount", { offset: 5, served: 5, limit: 5, totalCount: 10 }, null],
    ["an empty page", { offset: 10, served: 0, limit: 5, totalCount: 100 }, null],
  ])("%s", (_, page, next) => {
    expect(nextPageOffset(page)).toBe(next);
  });
});
