import { describe, expect, it } from "vitest";
import { postings } from "@/db/schema";
import { greenhouseSource } from "@/scrapers/greenhouse";
import { sourceTestKit } from "../helpers/source-test-kit";

const NOW = new Date("2026-11-26T12:00:00Z");
const kit = sourceTestKit(greenhouseSource, { now: NOW, retries: 1 });
const { config, replayServer } = kit;
const boardUrl = (slug: string) => `https://boards-api.greenhouse.io/v1/boards/${slug}/jobs?content=true`;

const storedPostings = () =>
  kit.db().select({ sourceId: postings.sourceId, url: postings.url, company: postings.company, month: postings.month, postedAt: postings.postedAt }).from(postings).orderBy(postings.sourceId).all();

describe("Greenhouse boards through the replay server", () => {
  it("ingests the configured board: the two jobs the trimmed recording holds (of meta.total 167)", async () => {
    const lines: string[] = [];
    const summary = await kit.tick({ lines });
    expect(summary).toMatchObject({ status: "ok", skipped: {}, errors: [] });
    expect(summary.counts).toMatchObject({ fetched: 2, newCount: 2, failedCount: 0 });
    expect(lines).toEqual(["greenhouse: gitlab (GitLab): 2 jobs: 2 postings, 2 new, 0 updated, 0 unchanged"]);
    expect(storedPostings()).toEqual([
      { sourceId: "8503792002", url: "https://job-boards.greenhouse.io/gitlab/jobs/8503792002", company: "GitLab", month: "2026-04", postedAt: "2026-04-17T09:58:03.000Z" },
      { sourceId: "8565469002", url: "https://job-boards.greenhouse.io/gitlab/jobs/8565469002", company: "GitLab", month: "2026-05", postedAt: "2026-05-29T11:49:29.000Z" },
    ]);
    const [request] = replayServer().requests.filter((r) => r.url.includes("/boards/"));
    expect(request).toMatchObject({ url: boardUrl("gitlab"), headers: { accept: "application/json" } });
  });

  it("asks conditionally on a rerun and adds nothing", async () => {
    await kit.tick();
    const lines: string[] = [];
    const again = await kit.tick({ lines });
    expect(again.counts).toMatchObject({ fetched: 0, newCount: 0, updatedCount: 0 });
    expect(lines).toEqual(["greenhouse: gitlab (GitLab): not modified since the last run"]);
    expect(kit.postingCount()).toBe(2);
  });

  it("fails only the board that cannot be read: a partial run", async () => {
    const twoBoards = { ...config, boards: [...config.boards, { slug: "not-recorded", company: "Nobody" }] };
    const summary = await kit.tick({ config: twoBoards });
    expect(summary.status).toBe("partial");
    expect(summary.errors).toEqual([{ url: boardUrl("not-recorded"), kind: "http", status: 404, message: expect.stringContaining("404") }]);
    expect(storedPostings()).toHaveLength(2);
  });

  it("records a failed run when its only board answers 503", async () => {
    replayServer().setFaults([{ match: "boards/gitlab", kind: "status", status: 503 }]);
    const summary = await kit.tick();
    expect(summary.status).toBe("failed");
    expect(summary.errors).toEqual([{ url: boardUrl("gitlab"), kind: "http", status: 503, message: expect.stringContaining("503") }]);
    expect(storedPostings()).toEqual([]);
  });

  it("fails a board whose body is cut short as a parse error naming its URL", async () => {
    replayServer().setFaults([{ match: "boards/gitlab", kind: "truncate" }]);
    const summary = await kit.tick();
    expect(summary.errors).toEqual([{ url: boardUrl("gitlab"), kind: "parse", status: null, message: expect.stringContaining(boardUrl("gitlab")) }]);
  });
});
