import { expect, it } from "vitest";
import type { sourceTestKit } from "./source-test-kit";
import { sourceRequests } from "./replay";

type Kit = ReturnType<typeof sourceTestKit>;

/**
 * The scenarios every source read from one feed URL must pass on the recorded web: a rerun asks
 * conditionally and adds nothing; a 503 or a truncated body fails the run, naming the URL, storing nothing.
 */
export function singleFeedScenarios(kit: Kit, feed: { url: string; match: string; recordedJobs: number }): void {
  const { replayServer } = kit;

  it("adds nothing on a rerun, asking conditionally", async () => {
    await kit.tick();
    replayServer().requests.length = 0;
    const again = await kit.tick();
    expect(again.status).toBe("ok");
    expect(again.counts).toMatchObject({ newCount: 0, updatedCount: 0 });
    expect(kit.postingCount()).toBe(feed.recordedJobs);
    expect(sourceRequests(replayServer()).map((request) => [request.status, Boolean(request.headers["if-none-match"])])).toEqual([[304, true]]);
  });

  it("fails the run on a 503, naming the URL", async () => {
    replayServer().setFaults([{ match: feed.match, kind: "status", status: 503 }]);
    const summary = await kit.tickOn(replayServer(), { retries: 1 });
    expect(summary.status).toBe("failed");
    expect(summary.errors).toEqual([expect.objectContaining({ url: feed.url, kind: "http", status: 503 })]);
    expect(kit.postingCount()).toBe(0);
  });

  it("fails the run on a truncated body with a parse error", async () => {
    replayServer().setFaults([{ match: feed.match, kind: "truncate" }]);
    const summary = await kit.tick();
    expect(summary.status).toBe("failed");
    expect(summary.errors).toEqual([expect.objectContaining({ url: feed.url, kind: "parse" })]);
    expect(kit.postingCount()).toBe(0);
  });
}
