import { describe, expect, it } from "vitest";
import { postings } from "@/db/schema";
import { leverSource } from "@/scrapers/lever";
import { sourceTestKit } from "../helpers/source-test-kit";

const NOW = new Date("2026-11-26T12:00:00Z");
const kit = sourceTestKit(leverSource, { now: NOW, retries: 1 });
const { config, replayServer } = kit;
const boardUrl = (slug: string) => `https://api.lever.co/v0/postings/${slug}?mode=json`;
const postingUrl = (id: string) => `https://jobs.lever.co/matchgroup/${id}`;

const storedPostings = () =>
  kit.db().select({ sourceId: postings.sourceId, url: postings.url, company: postings.company, month: postings.month, postedAt: postings.postedAt }).from(postings).orderBy(postings.month).all();

describe("Lever boards through the replay server", () => {
  it("ingests the configured board: the two postings the trimmed recording holds", async () => {
    const lines: string[] = [];
    const summary = await kit.tick({ lines });
    expect(summary).toMatchObject({ status: "ok", skipped: {}, errors: [] });
    expect(summary.counts).toMatchObject({ fetched: 2, newCount: 2, failedCount: 0 });
    expect(lines).toEqual(["lever: matchgroup (Match Group): 2 jobs: 2 postings, 2 new, 0 updated, 0 unchanged"]);
    const korean = "4004a95b-ed89-4193-ad1a-a2ed5d4703d5";
    const hinge = "3414ba28-35f7-45d3-8e13-35c883959635";
    expect(storedPostings()).toEqual([
      { sourceId: korean, url: postingUrl(korean), company: "Match Group", month: "2026-01", postedAt: "2026-01-05T06:59:28.549Z" },
      { sourceId: hinge, url: postingUrl(hinge), company: "Match Group", month: "2026-05", postedAt: "2026-05-19T20:38:11.267Z" },
    ]);
    const [request] = replayServer().requests.filter((r) => r.url.includes("/postings/"));
    expect(request).toMatchObject({ url: boardUrl("matchgroup"), headers: { accept: "application/json" } });
  });

  it("asks conditionally on a rerun and adds nothing", async () => {
    await kit.tick();
    const lines: string[] = [];
    const again = await kit.tick({ lines });
    expect(again.counts).toMatchObject({ fetched: 0, newCount: 0, updatedCount: 0 });
    expect(lines).toEqual(["lever: matchgroup (Match Group): not modified since the last run"]);
    expect(kit.postingCount()).toBe(2);
  });

  it("fails only the board that cannot be read: a partial run", async () => {
    const twoBoards = { ...config, boards: [{ slug: "not-recorded", company: "Nobody" }, ...config.boards] };
    const summary = await kit.tick({ config: twoBoards });
    expect(summary.status).toBe("partial");
    expect(summary.errors).toEqual([{ url: boardUrl("not-recorded"), kind: "http", status: 404, message: expect.stringContaining("404") }]);
    expect(storedPostings()).toHaveLength(2);
  });

  it("records a failed run when its only board answers 503", async () => {
    replayServer().setFaults([{ match: "postings/matchgroup", kind: "status", status: 503 }]);
    const summary = await kit.tick();
    expect(summary.status).toBe("failed");
    expect(summary.errors).toEqual([{ url: boardUrl("matchgroup"), kind: "http", status: 503, message: expect.stringContaining("503") }]);
    expect(storedPostings()).toEqual([]);
  });

  it("fails a board whose body is cut short as a parse error naming its URL", async () => {
    replayServer().setFaults([{ match: "postings/matchgroup", kind: "truncate" }]);
    const summary = await kit.tick();
    expect(summary.errors).toEqual([{ url: boardUrl("matchgroup"), kind: "parse", status: null, message: expect.stringContaining(boardUrl("matchgroup")) }]);
  });
});
