import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { postings, rawDocuments } from "@/db/schema";
import type { Validators } from "@/lib/http/client";
import { ashbySource } from "@/scrapers/ashby";
import { handMadeReplayServer } from "../helpers/replay";
import { SNAPSHOT_DIR } from "../helpers/snapshot";
import { sourceTestKit } from "../helpers/source-test-kit";

const NOW = new Date("2026-11-26T12:00:00Z");
const kit = sourceTestKit(ashbySource, { now: NOW, retries: 1 });
const { config, replayServer } = kit;
const boardUrl = (slug: string) => `https://api.ashbyhq.com/posting-api/job-board/${slug}?includeCompensation=true`;
// The manifest notes' per-board job counts (925 in all); no recorded job is unlisted or invalid.
const RECORDED_JOBS: Record<string, number> = {
  Abridge: 52, AlephAlpha: 10, anyscale: 27, cartesia: 23, character: 15, cohere: 71, elevenlabs: 58, gimlet: 9,
  harvey: 100, hcompany: 10, Lambda: 88, "liquid-ai": 16, lmarena: 18, oumi: 10, photoroom: 9, PrimeIntellect: 13,
  replit: 37, sesame: 21, suno: 52, uipath: 152, worldlabs: 6, writer: 128,
};
const servedJobs = z.object({ jobs: z.array(z.looseObject({ id: z.string() })) });
const expectedByCompany = (except: string[] = []) =>
  Object.fromEntries(config.boards.filter((board) => !except.includes(board.slug)).map((board) => [board.company, RECORDED_JOBS[board.slug]]));

const postingsByCompany = () =>
  Object.fromEntries(kit.db().select({ company: postings.company, n: count() }).from(postings).groupBy(postings.company).all().map((row) => [row.company, row.n]));
const boardRequests = () => replayServer().requests.filter((request) => request.url.includes("/job-board/"));

describe("Ashby boards through the replay server", () => {
  it("ingests every configured board in config order, each with all its recorded jobs", async () => {
    const lines: string[] = [];
    const summary = await kit.tick({ lines });
    expect(Object.values(RECORDED_JOBS).reduce((a, b) => a + b, 0)).toBe(925);
    expect(summary).toMatchObject({ status: "ok", skipped: {}, errors: [] });
    expect(summary.counts).toMatchObject({ fetched: 925, newCount: 925, failedCount: 0, skippedCount: 0 });
    expect(postingsByCompany()).toEqual(expectedByCompany());
    expect(boardRequests().map((request) => request.url)).toEqual(config.boards.map((board) => boardUrl(board.slug)));
    expect(boardRequests().every((request) => request.headers.accept === "application/json")).toBe(true);
    expect(lines).toContain("ashby: cohere (Cohere): 71 jobs: 71 postings, 71 new, 0 updated, 0 unchanged");
    expect(lines).toHaveLength(22);
  });

  it("stores each job exactly as served, filed under the month it was published", async () => {
    await kit.tick();
    const id = "443368a3-6276-4b90-9671-27fed40fd6d2";
    const posting = kit
      .db()
      .select({ url: postings.url, company: postings.company, title: postings.title, locationText: postings.locationText, postedAt: postings.postedAt, month: postings.month })
      .from(postings)
      .where(eq(postings.sourceId, id))
      .get();
    expect(posting).toEqual({
      url: `https://jobs.ashbyhq.com/cohere/${id}`,
      company: "Cohere",
      title: "Senior Member of Technical Staff, Multimodal AI",
      locationText: "London; San Francisco; New York; Toronto; Montreal; Paris",
      postedAt: "2024-12-03T14:25:43.571Z",
      month: "2024-12",
    });
    const raw = kit.db().select({ body: rawDocuments.body }).from(rawDocuments).where(eq(rawDocuments.sourceId, id)).get();
    const served = servedJobs.parse(JSON.parse(fs.readFileSync(path.join(SNAPSHOT_DIR, "api.ashbyhq.com/posting-api/job-board/cohere_includeCompensation-true.json"), "utf8")));
    expect(JSON.parse(raw?.body ?? "null")).toEqual(served.jobs.find((job) => job.id === id));
  });

  it("asks conditionally on a rerun and adds nothing", async () => {
    await kit.tick();
    replayServer().requests.splice(0);
    const lines: string[] = [];
    const again = await kit.tick({ lines });
    expect(again.status).toBe("ok");
    expect(again.counts).toMatchObject({ fetched: 0, newCount: 0, updatedCount: 0 });
    expect(boardRequests().every((request) => request.headers["if-none-match"] && request.status === 304)).toBe(true);
    expect(lines.every((line) => line.endsWith("not modified since the last run"))).toBe(true);
    expect(kit.postingCount()).toBe(925);
  });

  it("fails only the board answered 503 and records the run as partial", async () => {
    replayServer().setFaults([{ match: "job-board/cohere", kind: "status", status: 503 }]);
    const summary = await kit.tick();
    expect(summary.status).toBe("partial");
    expect(summary.counts.failedCount).toBe(1);
    expect(summary.errors).toEqual([{ url: boardUrl("cohere"), kind: "http", status: 503, message: expect.stringContaining("503") }]);
    expect(postingsByCompany()).toEqual(expectedByCompany(["cohere"]));
  });

  it("fails a board whose body is cut short as a parse error naming its URL", async () => {
    replayServer().setFaults([{ match: "job-board/writer", kind: "truncate" }]);
    const summary = await kit.tick();
    expect(summary.status).toBe("partial");
    expect(summary.errors).toEqual([{ url: boardUrl("writer"), kind: "parse", status: null, message: expect.stringContaining(boardUrl("writer")) }]);
    expect(postingsByCompany()).toEqual(expectedByCompany(["writer"]));
  });
});

describe("Ashby jobs that are not postings", () => {
  const job = (id: string, change: Record<string, unknown> = {}) => ({
    id,
    title: "ML Engineer",
    location: "Berlin",
    secondaryLocations: [],
    publishedAt: "2026-03-04T05:06:07.000+00:00",
    isListed: true,
    jobUrl: `https://jobs.ashbyhq.com/acme/${id}`,
    descriptionPlain: "We train with PyTorch.",
    ...change,
  });
  const served = { apiVersion: "1", jobs: [job("a"), job("b", { title: undefined }), job("c", { isListed: false }), job("a"), job("d", { publishedAt: null }), "not a job"] };
  const acme = { ...config, boards: [{ slug: "acme", company: "Acme Labs" }] };
  const handMade = handMadeReplayServer(boardUrl("acme"), served);
  const scrapeBatches = (validatorsFor: (url: string) => Validators | null) => kit.batchesFrom(handMade(), { config: acme, validatorsFor });

  it("skips unlisted, duplicate and invalid jobs, reports the invalid ones, and does not close by that listing", async () => {
    const batches = await scrapeBatches(() => null);
    expect(batches).toHaveLength(1);
    const [batch] = batches;
    expect(batch).toMatchObject({ label: "acme (Acme Labs): 6 jobs", board: "acme", complete: false, skipped: { invalid: 2, unlisted: 1, duplicate: 1 } });
    expect(batch?.items.map((item) => [item.sourceId, item.month, item.postedAt])).toEqual([
      ["a", "2026-03", "2026-03-04T05:06:07.000Z"],
      ["d", "2026-11", NOW.toISOString()],
    ]);
    expect(batch?.problems).toEqual([
      { url: boardUrl("acme"), kind: "invalid", status: null, message: expect.stringMatching(/^job 1: invalid ashby record \(title: /) },
      { url: boardUrl("acme"), kind: "invalid", status: null, message: expect.stringMatching(/^job 5: invalid ashby record \(record: /) },
    ]);
  });

  it("yields an empty batch on 304 that is not the whole listing, so nothing gets closed", async () => {
    const [first] = await scrapeBatches(() => null);
    const [again] = await scrapeBatches((url) => first?.validators.find((entry) => entry.url === url)?.validators ?? null);
    expect(again).toMatchObject({ notModified: true, items: [], board: "acme" });
    expect(again?.complete).not.toBe(true);
  });

  it("ingests the readable jobs and records the invalid ones as run errors", async () => {
    const summary = await kit.tickOn(handMade(), { config: acme });
    expect(summary.status).toBe("ok");
    expect(summary.skipped).toEqual({ invalid: 2, unlisted: 1, duplicate: 1 });
    expect(summary.errors.map((error) => error.kind)).toEqual(["invalid", "invalid"]);
    // Display names come from the checked-in sources config, which has no "acme": the slug stands in.
    expect(postingsByCompany()).toEqual({ acme: 2 });
  });
});
